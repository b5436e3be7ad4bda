/**
 * File names of generated documents: `05-KH-UBND Hội nghị trực tuyến ….docx`, sent as an
 * ASCII fallback plus the UTF-8 name of RFC 5987 in Content-Disposition.
 */
import type { Conference } from '../../../domain/conference.schema.js';

type NamedDocument = Pick<Conference, 'documentType' | 'documentNumber' | 'documentSymbol' | 'title'>;

const MAX_TITLE = 80;

/** `05-KH-UBND`: number, type code (none for a công văn) and symbol, with - for /. */
export const symbolPart = (document: NamedDocument): string => {
  const code = document.documentType === 'CV' ? '' : document.documentType;
  const symbol = [code, document.documentSymbol.trim()].filter(Boolean).join('-');
  return [document.documentNumber.trim(), symbol].filter(Boolean).join('-');
};

/** The text with what a file name must not carry (control characters, / \ : * ? " < > |) turned into spaces, NFC, single-spaced. */
export const cleanForFileName = (text: string): string =>
  text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what a file name must not carry
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The UTF-8 file name, e.g. `05-KH-UBND Hội nghị trực tuyến đánh giá.docx`. */
export const documentFileName = (document: NamedDocument, extension: string): string => {
  const title = cleanForFileName(document.title);
  const shortTitle = title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE).trimEnd()}…` : title;
  const base = cleanForFileName(`${symbolPart(document)} ${shortTitle}`) || 'ke-hoach';
  return `${base}.${extension}`;
};

/** The same name without diacritics and with ASCII characters only. */
export const asciiFileName = (fileName: string): string =>
  fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/…/g, '...')
    .replace(/[^A-Za-z0-9 ._()-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim() || 'document';

const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment; filename="…"; filename*=UTF-8''…` */
export const contentDisposition = (fileName: string): string =>
  `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
