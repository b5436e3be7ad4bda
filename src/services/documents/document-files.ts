/**
 * The way of a document's bytes: told from their content in the file pool (within the limits:
 * a zip's directory and inflated size measured before anything parses it), kept only when
 * they are a PDF, a Word or Excel file (Office Open XML) or a PNG/JPEG picture, stored by
 * content hash; a Word or Excel file converted once to PDF through the LibreOffice queue,
 * the PDF kept beside it in the store.
 */
import { DomainError } from '../../domain/errors.js';
import { DOCUMENT_MEDIA_TYPES, type DocumentFileKind } from '../../domain/documents/conference-document.schema.js';
import type { FileStore } from '../../storage/files/file-store.js';
import type { SniffedKind } from '../../workers/file-guard.js';

export interface DocumentFilePipeline {
  /** What the bytes are, within the limits of an upload (file pool: src/workers/file-pool.ts `inspect`). */
  inspect(data: Uint8Array): Promise<{ kind: SniffedKind }>;
  /** Word or Excel → PDF (LibreOffice queue: src/documents/pdf.ts). */
  convertToPdf(data: Buffer, kind: 'docx' | 'xlsx'): Promise<Buffer>;
}

export const unsupportedDocument = (found: SniffedKind): DomainError =>
  new DomainError(415, 'document.unsupported_type', {
    vi: `Tệp này không phải là PDF, Word (.docx), Excel (.xlsx) hay ảnh PNG/JPEG (nội dung của tệp cho thấy: ${found === 'text' ? 'không phải tài liệu' : found}). Không có gì được ghi.`,
    en: `This file is not a PDF, Word (.docx), Excel (.xlsx) or PNG/JPEG picture (its content says: ${found === 'text' ? 'not a document' : found}). Nothing was written.`,
  });

const ACCEPTED: ReadonlySet<string> = new Set(Object.keys(DOCUMENT_MEDIA_TYPES));

/** The kind of an accepted document from its sniffed kind, or 415 document.unsupported_type. */
export const acceptedKind = (kind: SniffedKind): DocumentFileKind => {
  if (!ACCEPTED.has(kind)) throw unsupportedDocument(kind);
  return kind as DocumentFileKind;
};

/** The kind of a stored media type (the inverse of DOCUMENT_MEDIA_TYPES). */
export const kindOfMediaType = (mediaType: string): DocumentFileKind | null =>
  (Object.entries(DOCUMENT_MEDIA_TYPES).find(([, type]) => type === mediaType)?.[0] as DocumentFileKind | undefined) ?? null;

/** The file name as sent, without a path, control characters or characters a file name must not carry; NFC; at most 200 characters. */
export const cleanUploadName = (name: string, kind: DocumentFileKind): string => {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what a file name must not carry
    .replace(/[\u0000-\u001f\u007f:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ \./g, '.')
    .trim()
    .slice(0, 200);
  const extension = kind === 'jpeg' ? 'jpg' : kind;
  if (!cleaned) return `tai-lieu.${extension}`;
  // The name says what the content is: a .pdf that was sniffed as Word gets its real extension.
  const known = /\.(pdf|docx|xlsx|png|jpe?g)$/i.exec(cleaned);
  const realExtension = kind === 'jpeg' ? /^jpe?g$/i : new RegExp(`^${kind}$`, 'i');
  if (known && realExtension.test(known[1]!)) return cleaned;
  return `${known ? cleaned.slice(0, -known[0].length) : cleaned}.${extension}`;
};

const conversionRefused = () =>
  new DomainError(422, 'document.no_pdf', {
    vi: 'Tài liệu này là ảnh; hãy mở trực tiếp, không cần bản PDF.',
    en: 'This document is a picture; open it directly, it has no PDF.',
  });

/**
 * The document as PDF: a PDF as it is; a Word or Excel file converted once, the PDF kept in
 * the store beside the original (keyed by its hash), so the next viewer reads it from there.
 */
export const pdfOf = async (
  files: FileStore,
  pipeline: Pick<DocumentFilePipeline, 'convertToPdf'>,
  version: { file_hash: string; media_type: string },
): Promise<Buffer | null> => {
  const kind = kindOfMediaType(version.media_type);
  if (kind === 'pdf') return files.get(version.file_hash);
  if (kind !== 'docx' && kind !== 'xlsx') throw conversionRefused();
  const kept = await files.getRendition(version.file_hash, 'pdf');
  if (kept) return kept;
  const original = await files.get(version.file_hash);
  if (!original) return null;
  const pdf = await pipeline.convertToPdf(original, kind);
  await files.putRendition(version.file_hash, 'pdf', pdf);
  return pdf;
};
