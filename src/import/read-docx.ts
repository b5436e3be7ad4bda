/**
 * A Word document (.docx) → PlanDraft: mammoth turns it into simple HTML (tables keep
 * their rows and cells), html-lines.ts turns that into the same line model as text, and
 * the one parser reads it.
 */
import mammoth from 'mammoth';
import type { PlanDraft } from '../domain/conference.schema.js';
import { materializeNumbering } from './docx-numbering.js';
import { htmlToLines } from './html-lines.js';
import { emptyOrUnreadable } from './import-errors.js';
import { parsePlanLines } from './parse-plan.js';
import type { PlanLine } from './plan-lines.js';

const ZIP_MAGIC = [0x50, 0x4b];

/** The lines of a .docx; DomainError 422 import.empty when it is not a readable Word document or holds no text. */
export const docxToLines = async (data: Buffer): Promise<PlanLine[]> => {
  if (data.length < 4 || data[0] !== ZIP_MAGIC[0] || data[1] !== ZIP_MAGIC[1]) {
    throw emptyOrUnreadable({ vi: 'không phải tệp Word (.docx)', en: 'not a Word (.docx) file' });
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: await materializeNumbering(data) })).value;
  } catch {
    throw emptyOrUnreadable({
      vi: 'tệp Word bị hỏng hoặc không đúng định dạng',
      en: 'the Word file is damaged or not in the expected format',
    });
  }
  const lines = htmlToLines(html);
  if (lines.length === 0) throw emptyOrUnreadable({ vi: 'tệp Word không có nội dung', en: 'the Word file has no text' });
  return lines;
};

export const parsePlanDocx = async (data: Buffer): Promise<PlanDraft> => parsePlanLines(await docxToLines(data));
