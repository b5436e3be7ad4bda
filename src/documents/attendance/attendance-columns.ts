/**
 * The columns of the attendance list, once for the .docx and the .xlsx: the header, the width
 * on each, whether the cell is centred, and what it prints from a row (the note under the
 * name for a substitute). The signature column is always empty.
 */
import type { RowCells } from './attendance-list.js';

export interface AttendanceColumn {
  header: string;
  /** Width on the A4 landscape page, in mm (252 mm in all). */
  docxMm: number;
  /** Width in the sheet, in characters. */
  xlsxChars: number;
  centre: boolean;
  /** What the cell prints; null: left empty (the signature). */
  text: ((cells: RowCells) => string) | null;
  /** A second line, printed in italics under the text (or on a new line in the sheet). */
  note?: (cells: RowCells) => string | null;
  /** The sheet stores the text as a number. */
  numeric?: boolean;
}

/** STT, Họ và tên, Chức vụ, Đơn vị, Xác nhận, Có mặt, Ký tên; 44 mm (26 characters) to sign. */
export const ATTENDANCE_COLUMNS: readonly AttendanceColumn[] = [
  { header: 'STT', docxMm: 12, xlsxChars: 6, centre: true, text: (c) => c.number, numeric: true },
  { header: 'Họ và tên', docxMm: 48, xlsxChars: 28, centre: false, text: (c) => c.fullName, note: (c) => c.replaces },
  { header: 'Chức vụ', docxMm: 44, xlsxChars: 26, centre: false, text: (c) => c.title },
  { header: 'Đơn vị', docxMm: 55, xlsxChars: 32, centre: false, text: (c) => c.organisation },
  { header: 'Xác nhận', docxMm: 29, xlsxChars: 17, centre: true, text: (c) => c.confirmation },
  { header: 'Có mặt', docxMm: 20, xlsxChars: 9, centre: true, text: (c) => c.present },
  { header: 'Ký tên', docxMm: 44, xlsxChars: 26, centre: false, text: null },
];
