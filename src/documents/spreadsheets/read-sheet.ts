/**
 * An uploaded delegate list (.xlsx or .csv) → rows of cell text, as the sheet shows them:
 * rows[0] is the sheet's row 1, so row numbers of problems match what the user sees.
 * The kind of file is told by its first bytes ('PK' = zip = .xlsx), not by its name.
 * Cells: numbers as plain digits (a phone typed as a number gets its leading 0 back),
 * dates as dd/mm/yyyy, rich text flattened, formulas as their last computed result.
 */
import ExcelJS from 'exceljs';
import { restorePhoneCell } from '../../domain/participants/spreadsheet-rows.js';
import { decodeCsv, parseCsv, trimTrailingEmpty } from './csv-text.js';
import { fileUnreadable, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, tooManyColumns, tooManyRows, UNREADABLE } from './sheet-errors.js';
import { DomainError } from '../../domain/errors.js';

const isZip = (data: Uint8Array) => data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b;
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isOldOffice = (data: Uint8Array) => data.length >= 8 && OLE2.every((b, i) => data[i] === b);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Excel stores a date as wall-clock time; exceljs hands it back as that time in UTC. */
export const formatSheetDate = (date: Date): string => {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${pad(h)}:${pad(m)}`;
};

/** A number in the digits it was typed with: no exponent, leading zeros from a "0000…" format. */
const formatNumber = (value: number, numFmt: string | undefined): string => {
  if (!Number.isFinite(value)) return '';
  if (!Number.isInteger(value)) return String(value);
  const text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  const zeros = numFmt && /^0+$/.test(numFmt) ? numFmt.length : 0;
  return restorePhoneCell(text.padStart(zeros, '0'));
};

type Value = ExcelJS.CellValue | { richText: { text: string }[] } | undefined;

const valueText = (value: Value, numFmt: string | undefined, depth = 0): string => {
  if (value === null || value === undefined || depth > 3) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatSheetDate(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? '').join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as { result?: Value }).result, numFmt, depth + 1);
  if ('text' in value) return valueText((value as { text: Value }).text, numFmt, depth + 1);
  return '';
};

/** Text of a cell; the cells of a merged range other than its first are blank. */
export const cellText = (cell: ExcelJS.Cell): string => {
  if (cell.isMerged && cell.master !== cell) return '';
  return valueText(cell.value, cell.numFmt);
};

const sheetRows = (sheet: ExcelJS.Worksheet): string[][] => {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_SHEET_COLUMNS) throw tooManyColumns();
      cells[column - 1] = cellText(cell);
    });
    const dense = trimTrailingEmpty(Array.from(cells, (c) => c ?? ''));
    if (dense.length === 0) return;
    if (rowNumber > MAX_SHEET_ROWS) throw tooManyRows();
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(dense);
  });
  return rows;
};

const readXlsx = async (data: Buffer): Promise<string[][]> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw fileUnreadable(UNREADABLE.damagedXlsx);
  }
  const sheets = workbook.worksheets.filter(Boolean);
  if (sheets.length === 0) throw fileUnreadable(UNREADABLE.notAWorkbook);
  const visible = sheets.filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
  for (const sheet of [...visible, ...sheets.filter((s) => !visible.includes(s))]) {
    const rows = sheetRows(sheet);
    if (rows.length > 0) return rows;
  }
  return [];
};

/**
 * The rows of the first non-empty worksheet of an .xlsx, or of a CSV file; [] when the
 * sheet or file is empty. DomainError 422 import.file_unreadable, import.too_many_rows
 * or import.too_many_columns otherwise.
 */
export const readSheet = async (data: Buffer): Promise<string[][]> => {
  if (isOldOffice(data)) throw fileUnreadable(UNREADABLE.oldXls);
  try {
    if (isZip(data)) return await readXlsx(data);
    return parseCsv(decodeCsv(data));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw fileUnreadable(isZip(data) ? UNREADABLE.damagedXlsx : UNREADABLE.binary);
  }
};
