/** The multipart form of a document upload: the file (checked against its size limit while read) and the JSON metadata. */
import type { FastifyRequest } from 'fastify';
import { DocumentMetadata } from '../../../domain/documents/conference-document.schema.js';
import { DomainError } from '../../../domain/errors.js';
import { prepareInput } from '../../../services/input.js';
import type { UploadedFile } from '../../../services/documents/index.js';
import { uploadBytes } from '../upload-bytes.js';
import { DOCUMENT_MAX_BYTES } from './conference-documents.schema.js';

const NOT_MULTIPART = new DomainError(415, 'request.unsupported_media_type', {
  vi: 'Hãy gửi tệp dưới dạng multipart/form-data.',
  en: 'Send the file as multipart/form-data.',
});
const FILE_MISSING = new DomainError(400, 'document.file_missing', {
  vi: 'Hãy chọn tệp tài liệu (PDF, Word, Excel hoặc ảnh) để tải lên (trường "file").',
  en: 'Choose the document file (PDF, Word, Excel or a picture) to upload (field "file").',
});
const METADATA_INVALID = new DomainError(400, 'document.metadata_invalid', {
  vi: 'Trường "metadata" phải là JSON.',
  en: 'The "metadata" field must be JSON.',
});

/** The uploaded file and the metadata text, whatever order the parts come in. */
export const readDocumentUpload = async (request: FastifyRequest): Promise<{ file: UploadedFile; metadataText: string | null }> => {
  if (!request.isMultipart()) throw NOT_MULTIPART;
  let file: UploadedFile | null = null;
  let metadataText: string | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await uploadBytes(part, DOCUMENT_MAX_BYTES);
      if (part.fieldname === 'file' && file === null) file = { fileName: part.filename, data };
    } else if (part.fieldname === 'metadata' && typeof part.value === 'string') metadataText = part.value;
  }
  if (file === null) throw FILE_MISSING;
  return { file, metadataText };
};

/** The metadata of a new document: the title defaults to the file's name, the rest to an "other" document for everyone invited. */
export const uploadMetadata = (text: string | null, fileName: string): DocumentMetadata => {
  let given: unknown = {};
  if (text !== null && text.trim()) {
    try {
      given = JSON.parse(text) as unknown;
    } catch {
      throw METADATA_INVALID;
    }
  }
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw METADATA_INVALID;
  const title = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return prepareInput(DocumentMetadata, {
    ...(title ? { title } : {}),
    kind: 'other',
    audience: 'invited',
    audiencePointIds: [],
    agendaItemId: null,
    taskId: null,
    ...given,
  });
};
