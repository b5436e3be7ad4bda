/**
 * Import of a plan (kế hoạch) from a file into a PlanDraft: text in the seed's shape
 * (.txt, .md) or a Word document (.docx). Anything else is refused with 415
 * import.unsupported_format; an empty or unreadable file with 422 import.empty.
 */
import type { PlanDraft } from '../domain/conference.schema.js';
import { fileTooLarge, emptyOrUnreadable, unsupportedFormat } from './import-errors.js';
import { parsePlanText } from './parse-plan.js';
import { looksBinary } from './plan-lines.js';
import { parsePlanDocx } from './read-docx.js';

export { parsePlanText, parsePlanLines } from './parse-plan.js';
export { parsePlanDocx } from './read-docx.js';

/** Files larger than this are refused before reading (the HTTP route accepts 10 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type Format = 'text' | 'docx';

const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

/** The reader for a file: by extension, and by content when the extension is missing or misleading. */
export const detectFormat = (fileName: string, data: Buffer): Format | null => {
  const name = fileName.trim().toLowerCase();
  const isZip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
  if (name.endsWith('.docx')) return 'docx';
  if (TEXT_EXTENSIONS.some((extension) => name.endsWith(extension))) return isZip ? 'docx' : 'text';
  if (!/\.[a-z0-9]{1,8}$/.test(name)) return isZip ? 'docx' : 'text';
  return null;
};

const decodeText = (data: Buffer): string => {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
};

export const importPlan = async (input: { fileName: string; data: Buffer }): Promise<PlanDraft> => {
  const format = detectFormat(input.fileName, input.data);
  if (!format) throw unsupportedFormat(input.fileName);
  if (input.data.length > MAX_IMPORT_BYTES) throw fileTooLarge(MAX_IMPORT_BYTES);
  if (input.data.length === 0) throw emptyOrUnreadable();
  if (format === 'docx') return parsePlanDocx(input.data);
  const text = decodeText(input.data);
  if (looksBinary(text)) throw emptyOrUnreadable({ vi: 'nội dung không phải văn bản', en: 'the content is not text' });
  if (!text.trim()) throw emptyOrUnreadable();
  return parsePlanText(text);
};
