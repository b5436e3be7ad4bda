/**
 * Conference documents (tài liệu hội nghị, issue 16 item 1): the organizer uploads, replaces,
 * edits and deletes them; each reader lists and opens what their audience allows (a receipt is
 * recorded per opening); the chair and the secretariat see who opened what.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { can } from '../../../domain/access/can.js';
import { documentObject, presentDocument } from '../../../domain/access/present-document.js';
import type { ConferenceHead } from '../../../domain/conference.schema.js';
import type { StoredDocument } from '../../../services/documents/index.js';
import { allow, auditOrigin, readableConference } from '../../access.js';
import type { RouteOptions } from '../../server-services.js';
import { createValidatorCompiler } from '../../validation/ajv-compilers.js';
import { expectedVersionOf } from '../common.schema.js';
import { cleanForFileName, contentDisposition } from '../documents/file-name.js';
import { DOCUMENT_MAX_BYTES, conferenceDocumentSchemas as schemas } from './conference-documents.schema.js';
import { readerOf } from './document-reader.js';
import { readDocumentUpload, uploadMetadata } from './document-upload.js';

export const conferenceDocumentRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { services }) => {
  const { conferences, conferenceDocuments: documents } = services;
  const base = '/conferences/:conferenceId/documents';
  await app.register(multipart, {
    limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 3, parts: 4, fieldSize: 100_000, headerPairs: 100 },
  });
  // The multipart bodies are read by readDocumentUpload; their schemas only document the forms.
  const compile = createValidatorCompiler();
  const noBodyValidation: FastifySchemaCompiler<unknown> = (route) => (route.httpPart === 'body' ? () => true : compile(route));

  const writable = async (request: FastifyRequest, conferenceId: string) => {
    const conference = await readableConference(request, conferences, conferenceId);
    allow(request, 'document.write', documentObject(conference, null));
    return conference;
  };
  /** The document if the caller may read it (403 access.denied otherwise, like every refusal inside a conference one reads). */
  const readable = async (request: FastifyRequest, conference: ConferenceHead, documentId: string): Promise<StoredDocument> => {
    const document = await documents.get(conference.id, documentId);
    allow(request, 'document.read', documentObject(conference, document));
    return document;
  };
  const shown = (request: FastifyRequest, conference: ConferenceHead, document: StoredDocument) =>
    presentDocument(request.actor, conference, document) ?? { ...document, allowedActions: [] };
  const versionOf = (text: string) => (text === 'current' ? 'current' : Number(text));

  app.get(base, { schema: schemas.list }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'document.list', documentObject(conference, null));
    const page = await documents.list(
      conference.id,
      request.query,
      (document) => presentDocument(request.actor, conference, document) !== null,
    );
    return { items: page.items.map((document) => shown(request, conference, document)), nextCursor: page.nextCursor };
  });

  app.post(base, { schema: schemas.upload, validatorCompiler: noBodyValidation }, async (request, reply) => {
    const conference = await writable(request, request.params.conferenceId);
    const { file, metadataText } = await readDocumentUpload(request);
    const document = await documents.upload(conference.id, uploadMetadata(metadataText, file.fileName), file, auditOrigin(request));
    return reply.code(201).send(shown(request, conference, document));
  });

  app.get(`${base}/read-receipts`, { schema: schemas.receipts }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'document.read_receipts', documentObject(conference, null));
    return documents.readReport(conference.id);
  });

  app.get(`${base}/pack.pdf`, { schema: schemas.pack }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    allow(request, 'document.list', documentObject(conference, null));
    // Contributions sent as text are read by whoever reads the documents of everyone invited.
    const withContributions = can(
      request.actor,
      'document.read',
      documentObject(conference, { audience: 'invited', audiencePointIds: [] }),
    );
    const readable = (document: StoredDocument) => presentDocument(request.actor, conference, document) !== null;
    const pdf = await documents.pack(await conferences.get(conference.id), readable, { withContributions });
    return reply
      .type('application/pdf')
      .header(
        'Content-Disposition',
        contentDisposition(`${cleanForFileName(`Tài liệu Hội nghị ${conference.title}`).slice(0, 120).trimEnd()}.pdf`),
      )
      .header('Cache-Control', 'private, no-store')
      .send(pdf);
  });

  app.get(`${base}/:documentId`, { schema: schemas.get }, async (request) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    return shown(request, conference, await readable(request, conference, request.params.documentId));
  });

  app.post(`${base}/:documentId/versions`, { schema: schemas.addVersion, validatorCompiler: noBodyValidation }, async (request, reply) => {
    const conference = await writable(request, request.params.conferenceId);
    const { file } = await readDocumentUpload(request);
    const document = await documents.addVersion(conference.id, request.params.documentId, file, auditOrigin(request));
    return reply.code(201).send(shown(request, conference, document));
  });

  app.patch(`${base}/:documentId`, { schema: schemas.update }, async (request) => {
    const conference = await writable(request, request.params.conferenceId);
    const revision = expectedVersionOf(request.headers['if-match']);
    const document = await documents.update(conference.id, request.params.documentId, request.body, revision, auditOrigin(request));
    return shown(request, conference, document);
  });

  app.delete(`${base}/:documentId`, { schema: schemas.remove }, async (request, reply) => {
    const conference = await writable(request, request.params.conferenceId);
    await documents.remove(conference.id, request.params.documentId, auditOrigin(request));
    return reply.code(204).send(null);
  });

  app.get(`${base}/:documentId/versions/:version/file`, { schema: schemas.download }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const document = await readable(request, conference, request.params.documentId);
    const opened = await documents.open(conference.id, document.id, versionOf(request.params.version), readerOf(request, conference.id));
    return reply
      .type(opened.version.media_type)
      .header('Content-Disposition', contentDisposition(opened.version.file_name))
      .header('Cache-Control', 'private, no-store')
      .send(opened.data);
  });

  app.get(`${base}/:documentId/versions/:version/pdf`, { schema: schemas.pdf }, async (request, reply) => {
    const conference = await readableConference(request, conferences, request.params.conferenceId);
    const document = await readable(request, conference, request.params.documentId);
    const opened = await documents.openPdf(conference.id, document.id, versionOf(request.params.version), readerOf(request, conference.id));
    const pdfName = opened.version.file_name.replace(/\.[A-Za-z0-9]{1,5}$/, '') + '.pdf';
    return reply
      .type('application/pdf')
      .header('Content-Disposition', contentDisposition(pdfName).replace(/^attachment/, 'inline'))
      .header('Cache-Control', 'private, no-store')
      .send(opened.data);
  });
};
