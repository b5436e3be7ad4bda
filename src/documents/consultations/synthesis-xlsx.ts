/**
 * The synthesis table as .xlsx, ready to print and to edit: Times New Roman, the title and
 * subject merged across the table, the counts, a bordered table with the columns of the .docx,
 * A4 landscape fitted to one page wide, the header row repeated on every printed page.
 */
import ExcelJS from 'exceljs';
import { synthesisSummaryLines, type SynthesisDocument } from '../../domain/consultations/consultation-rules.js';
import { longDateVi, parseDate } from '../../domain/vietnamese-dates.js';
import { capsLines } from '../header-parts.js';
import { SYNTHESIS_COLUMNS, SYNTHESIS_TITLE, subjectLine } from './synthesis-columns.js';

export const SYNTHESIS_SHEET = 'Tổng hợp ý kiến';
const FONT_NAME = 'Times New Roman';
const LAST = SYNTHESIS_COLUMNS.length;
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const banner = (sheet: ExcelJS.Worksheet, row: number, text: string, font: Partial<ExcelJS.Font>, height?: number) => {
  sheet.mergeCells(row, 1, row, LAST);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT_NAME, size: 13, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (height) sheet.getRow(row).height = height;
};

export const buildSynthesisWorkbook = (document: SynthesisDocument): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'diemcau';
  workbook.title = `${SYNTHESIS_TITLE} – ${document.draftTitle}`;
  const sheet = workbook.addWorksheet(SYNTHESIS_SHEET);
  SYNTHESIS_COLUMNS.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.xlsxChars;
  });
  let row = 1;
  for (const line of capsLines(document.draftingAgency)) {
    sheet.mergeCells(row, 1, row, 2);
    const cell = sheet.getCell(row, 1);
    cell.value = line;
    cell.font = { name: FONT_NAME, size: 13, bold: true };
    cell.alignment = { horizontal: 'center' };
    row += 1;
  }
  row += 1;
  banner(sheet, row++, SYNTHESIS_TITLE, { size: 14, bold: true });
  const subject = subjectLine(document.draftTitle);
  banner(sheet, row++, subject, { size: 14, bold: true }, Math.max(20, Math.ceil(subject.length / 120) * 20));
  for (const line of synthesisSummaryLines(document.table, longDateVi(parseDate(document.deadline)))) {
    banner(sheet, row++, line, { italic: true }, Math.max(18, Math.ceil(line.length / 150) * 18));
  }
  row += 1;
  const headerRow = row;
  SYNTHESIS_COLUMNS.forEach((column, i) => {
    const cell = sheet.getRow(headerRow).getCell(i + 1);
    cell.value = column.header;
    cell.font = { name: FONT_NAME, size: 13, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thin;
  });
  sheet.getRow(headerRow).height = 36;
  document.table.rows.forEach((source, index) => {
    const line = sheet.getRow(headerRow + 1 + index);
    SYNTHESIS_COLUMNS.forEach((column, i) => {
      const cell = line.getCell(i + 1);
      cell.value = column.value(source);
      cell.font = { name: FONT_NAME, size: 13 };
      cell.alignment = { horizontal: column.centre ? 'center' : 'left', vertical: 'top', wrapText: true };
      cell.border = thin;
    });
  });
  const end = headerRow + document.table.rows.length;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
    printArea: `A1:E${end}`,
  };
  sheet.headerFooter = { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' };
  return workbook;
};

export const renderSynthesisXlsx = async (document: SynthesisDocument): Promise<Buffer> =>
  Buffer.from(await buildSynthesisWorkbook(document).xlsx.writeBuffer());
