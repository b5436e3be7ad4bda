/** Schemas of the conference documents (tài liệu hội nghị, issue 16): JSON in and out, files as multipart and binary. */
import { Type } from 'typebox';
import { ConferenceDocument, DocumentMetadataPatch, DocumentReadReport } from '../../../domain/documents/conference-document.schema.js';
import { ConferenceParams, Id, errorResponses } from '../common.schema.js';
import { PageQueryFields, pageOf } from '../paging.schema.js';

/** The largest document accepted (the file pool's own limits on inflating and counting apply too). */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
const tags = ['conference-documents'];

const binary = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });
const DocumentParams = Type.Object({ conferenceId: Id, documentId: Id });
const VersionParams = Type.Object({
  conferenceId: Id,
  documentId: Id,
  version: Type.String({ pattern: '^([1-9][0-9]{0,5}|current)$', description: 'A version number (1, 2, …) or current' }),
});
const RevisionHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({ pattern: '^\\s*(W/)?("\\d{1,15}"|\\d{1,15})\\s*$', description: 'The revision of the document last read' }),
  ),
});

const UploadForm = Type.Object({
  file: Type.String({
    format: 'binary',
    description: 'PDF, Word (.docx), Excel (.xlsx), PNG or JPEG; told from the content; at most 20 MB',
  }),
  metadata: Type.Optional(
    Type.String({
      description: 'JSON: {"title", "kind", "audience", "audiencePointIds", "agendaItemId", "taskId"} (only on a new document)',
    }),
  ),
});

export const conferenceDocumentSchemas = {
  list: {
    tags,
    summary: 'Danh sách tài liệu / the documents the caller may read (a page)',
    params: ConferenceParams,
    querystring: Type.Object(PageQueryFields, { additionalProperties: false }),
    response: { 200: pageOf(ConferenceDocument), ...errorResponses },
  },
  upload: {
    tags,
    summary: 'Tải lên tài liệu / upload a document (its first version)',
    consumes: ['multipart/form-data'],
    params: ConferenceParams,
    body: UploadForm,
    response: { 201: ConferenceDocument, ...errorResponses },
  },
  get: {
    tags,
    summary: 'Một tài liệu và các phiên bản / one document with its versions',
    params: DocumentParams,
    response: { 200: ConferenceDocument, ...errorResponses },
  },
  addVersion: {
    tags,
    summary: 'Phiên bản mới / upload a new version (the newest is current; the others stay)',
    consumes: ['multipart/form-data'],
    params: DocumentParams,
    body: UploadForm,
    response: { 201: ConferenceDocument, ...errorResponses },
  },
  update: {
    tags,
    summary: 'Sửa thông tin tài liệu / edit title, kind, audience, agenda item, task',
    params: DocumentParams,
    headers: RevisionHeaders,
    body: DocumentMetadataPatch,
    response: { 200: ConferenceDocument, ...errorResponses },
  },
  remove: {
    tags,
    summary: 'Xoá tài liệu / delete a document (kept for the record: comments, receipts and the audit log still name it)',
    params: DocumentParams,
    response: { 204: Type.Null(), ...errorResponses },
  },
  download: {
    tags,
    summary: 'Tải tệp của một phiên bản / download a version as uploaded (records a read receipt)',
    params: VersionParams,
    produces: ['application/pdf', 'application/octet-stream'],
    response: { 200: binary('The file as uploaded'), ...errorResponses },
  },
  pdf: {
    tags,
    summary: 'Xem dạng PDF / a version as PDF for the viewer (Word and Excel converted once; records a read receipt)',
    params: VersionParams,
    produces: ['application/pdf'],
    response: { 200: binary('The version as PDF'), ...errorResponses },
  },
  receipts: {
    tags,
    summary: 'Ai đã mở tài liệu / read receipts per reader, delegate and bridge point',
    params: ConferenceParams,
    response: { 200: DocumentReadReport, ...errorResponses },
  },
  pack: {
    tags,
    summary: 'Tài liệu Hội nghị (.pdf) / the document pack: cover, table of contents and every current document the caller may read',
    params: ConferenceParams,
    produces: ['application/pdf'],
    response: { 200: binary('The pack as PDF'), ...errorResponses },
  },
};
