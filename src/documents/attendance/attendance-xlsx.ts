/**
 * The attendance list of one bridge point as .xlsx, ready to print: Times New Roman, the
 * title and the lines of the meeting merged across the table, a bordered table with the
 * columns of the .docx and an empty signature column, A4 landscape fitted to one page wide,
 * the header row repeated on every printed page, and page numbers in the footer.
 */
import ExcelJS from 'exceljs';
import { ATTENDANCE_COLUMNS, type AttendanceColumn } from './attendance-columns.js';
import {
  capsLines,
  headingLines,
  LIST_TITLE,
  rowCells,
  SIGNER_HEADING,
  SIGNER_NOTE,
  totalsLine,
  type AttendanceList,
  type RowCells,
} from './attendance-list.js';

export const SHEET_NAME = 'Danh sách';
export const FONT_NAME = 'Times New Roman';
/** Column widths in characters; the signature column is as wide as the title. */
export const XLSX_COLUMN_WIDTHS = ATTENDANCE_COLUMNS.map((column) => column.xlsxChars);
/** Rows of the delegates, in points (about 12.7 mm): room to sign. */
export const XLSX_ROW_HEIGHT = 36;

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const LAST_COLUMN = ATTENDANCE_COLUMNS.length;

/** A cell's value: the note on a new line under the text; STT as a number. */
const cellValue = (column: AttendanceColumn, cells: RowCells): string | number => {
  if (!column.text) return '';
  const text = column.text(cells);
  if (column.numeric) return Number(text);
  const note = column.note?.(cells);
  return note ? `${text}\n${note}` : text;
};

/** One merged line across the table. */
const banner = (sheet: ExcelJS.Worksheet, row: number, text: string, font: Partial<ExcelJS.Font>, height?: number) => {
  sheet.mergeCells(row, 1, row, LAST_COLUMN);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT_NAME, size: 13, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (height) sheet.getRow(row).height = height;
};

/** Writes the heading lines from row 1; returns the row of the table header. */
const writeHeading = (sheet: ExcelJS.Worksheet, list: AttendanceList): number => {
  let row = 1;
  for (const line of capsLines(list.conference.issuingBody)) {
    sheet.mergeCells(row, 1, row, 3);
    const cell = sheet.getCell(row, 1);
    cell.value = line;
    cell.font = { name: FONT_NAME, size: 13, bold: true };
    cell.alignment = { horizontal: 'center' };
    row += 1;
  }
  row += 1;
  const lines = headingLines(list);
  banner(sheet, row++, LIST_TITLE, { size: 14, bold: true });
  const subjectHeight = Math.max(20, Math.ceil(lines.subject.length / 120) * 20);
  banner(sheet, row++, lines.subject, { size: 14, bold: true }, subjectHeight);
  banner(sheet, row++, lines.point, { size: 14, bold: true });
  banner(sheet, row++, lines.time, { italic: true });
  if (lines.place) banner(sheet, row++, lines.place, { italic: true });
  return row + 1;
};

export const buildAttendanceWorkbook = (list: AttendanceList): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'diemcau';
  workbook.title = `Danh sách đại biểu dự hội nghị – ${headingLines(list).point}`;
  const sheet = workbook.addWorksheet(SHEET_NAME);
  XLSX_COLUMN_WIDTHS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });

  const headerRow = writeHeading(sheet, list);
  const header = sheet.getRow(headerRow);
  ATTENDANCE_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { name: FONT_NAME, size: 13, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thin;
  });
  header.height = 24;

  list.rows.forEach((source, index) => {
    const cells = rowCells(source, index);
    const row = sheet.getRow(headerRow + 1 + index);
    ATTENDANCE_COLUMNS.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cellValue(column, cells);
      cell.font = { name: FONT_NAME, size: 13 };
      cell.alignment = { horizontal: column.centre ? 'center' : 'left', vertical: 'middle', wrapText: true };
      cell.border = thin;
    });
    row.height = XLSX_ROW_HEIGHT;
  });

  const after = headerRow + list.rows.length + 2;
  sheet.mergeCells(after, 1, after, LAST_COLUMN);
  const totals = sheet.getCell(after, 1);
  totals.value = totalsLine(list.rows);
  totals.font = { name: FONT_NAME, size: 13 };
  for (const [offset, text, font] of [
    [2, SIGNER_HEADING, { bold: true }],
    [3, SIGNER_NOTE, { italic: true }],
  ] as const) {
    sheet.mergeCells(after + offset, 5, after + offset, LAST_COLUMN);
    const cell = sheet.getCell(after + offset, 5);
    cell.value = text;
    cell.font = { name: FONT_NAME, size: 13, ...font };
    cell.alignment = { horizontal: 'center' };
  }

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    // Inches: left 30 mm, right 15 mm, top and bottom 20 mm, as the decree's pages.
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
    printArea: `A1:G${after + 3}`,
  };
  sheet.headerFooter = { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' };
  return workbook;
};

export const renderAttendanceXlsx = async (list: AttendanceList): Promise<Buffer> =>
  Buffer.from(await buildAttendanceWorkbook(list).xlsx.writeBuffer());
