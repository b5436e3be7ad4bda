/**
 * The preview of a delegate list imported from .xlsx or .csv: which row holds the
 * headers, which column is which field, and the problems of each row. The caller reads
 * the file into rows of cell text; nothing here touches a file or the database.
 * Row numbers are 1-based as the spreadsheet shows them.
 */
import type { LocalizedMessage } from '../errors.js';
import { foldForSearch } from '../text.js';
import { DELEGATE_FIELDS, normalizeDelegateInput, validateDelegate, type DelegateField, type DelegateInput } from './delegate.js';
import { duplicateOf, findDuplicatePeople } from './duplicates.js';

/** Column index (0-based) → field; unmapped columns (STT, signatures…) are ignored. */
export type ColumnMapping = Readonly<Record<number, DelegateField>>;

export interface RowProblem {
  /** 1-based row number; 0 for a problem of the mapping itself. */
  row: number;
  field: DelegateField | null;
  code: string;
  message: LocalizedMessage;
}

export interface MappedRows {
  valid: DelegateInput[];
  /** Row number of each entry of `valid`. */
  validRows: number[];
  problems: RowProblem[];
  /** Index of the header row that was skipped, -1 when none. */
  headerRow: number;
}

/** Header names as offices write them, folded (no diacritics, lower case, no punctuation). */
export const HEADER_ALIASES: Readonly<Record<DelegateField, readonly string[]>> = {
  fullName: ['ho va ten', 'ho ten', 'ho va ten dai bieu', 'ten dai bieu', 'dai bieu', 'full name', 'name', 'ten'],
  title: ['chuc vu', 'chuc danh', 'title', 'position', 'job title'],
  organisation: ['don vi', 'co quan', 'co quan don vi', 'don vi cong tac', 'organisation', 'organization', 'agency', 'unit'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'dt', 'di dong', 'dtdd', 'phone', 'mobile', 'tel', 'telephone'],
  email: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'mail'],
  seat: ['ghe', 'so ghe', 'cho ngoi', 'vi tri ngoi', 'seat'],
  notes: ['ghi chu', 'notes', 'note', 'remarks'],
};

const headerKey = (cell: string): string => foldForSearch(cell.replace(/[^\p{L}\p{N}]+/gu, ' '));

/** Field a header cell names: an exact alias first, then the longest alias that starts the cell. */
const fieldOfHeader = (cell: string): { field: DelegateField; exact: boolean } | null => {
  const key = headerKey(cell);
  if (!key) return null;
  for (const field of DELEGATE_FIELDS) if (HEADER_ALIASES[field].includes(key)) return { field, exact: true };
  let best: { field: DelegateField; length: number } | null = null;
  for (const field of DELEGATE_FIELDS) {
    for (const alias of HEADER_ALIASES[field]) {
      if (alias.length >= 4 && key.startsWith(`${alias} `) && alias.length > (best?.length ?? 0)) best = { field, length: alias.length };
    }
  }
  return best ? { field: best.field, exact: false } : null;
};

/** A mapping from the header cells; each field is given to one column, exact names first. */
export const suggestMapping = (headerRow: readonly string[]): Record<number, DelegateField> => {
  const matches = headerRow.map((cell, index) => ({ index, match: fieldOfHeader(cell ?? '') }));
  const mapping: Record<number, DelegateField> = {};
  const taken = new Set<DelegateField>();
  for (const exact of [true, false]) {
    for (const { index, match } of matches) {
      if (match && match.exact === exact && !taken.has(match.field)) {
        mapping[index] = match.field;
        taken.add(match.field);
      }
    }
  }
  return mapping;
};

/** Index of the first of the top rows whose cells name the full name and one more field; -1 when none. */
export const detectHeaderRow = (rows: readonly (readonly string[])[], scan = 15): number =>
  rows.slice(0, scan).findIndex((row) => {
    const fields = Object.values(suggestMapping(row));
    return fields.includes('fullName') && fields.length >= 2;
  });

/**
 * Excel drops the leading 0 of a phone typed as a number (912345678) and the + of 84….
 * Restores the 0 of a 9-digit mobile or 10-digit landline, and 84… to 0….
 */
export const restorePhoneCell = (cell: string): string => {
  const digits = cell.trim();
  if (/^[35789]\d{8}$/.test(digits) || /^2\d{9}$/.test(digits)) return `0${digits}`;
  if (/^84([35789]\d{8}|2\d{9})$/.test(digits)) return `0${digits.slice(2)}`;
  return cell;
};

const mappingProblems = (mapping: ColumnMapping): RowProblem[] => {
  const fields = Object.values(mapping);
  const problems: RowProblem[] = [];
  if (!fields.includes('fullName')) {
    problems.push({
      row: 0,
      field: 'fullName',
      code: 'import.name_column_missing',
      message: { vi: 'Chưa chọn cột "Họ và tên".', en: 'No column is mapped to the full name.' },
    });
  }
  for (const field of new Set(fields.filter((f, i) => fields.indexOf(f) !== i))) {
    problems.push({
      row: 0,
      field,
      code: 'import.column_mapped_twice',
      message: { vi: 'Một trường được gán cho hai cột.', en: `Two columns are mapped to ${field}.` },
    });
  }
  return problems;
};

const blankInput = (): DelegateInput => ({ fullName: '', title: '', organisation: '', phone: '', email: '', seat: '', notes: '' });

/**
 * Rows after the header (detected unless `headerRow` is given) to delegate inputs. Blank
 * rows are skipped. A row with a problem is not in `valid`; a row that repeats a person
 * of an earlier row is flagged `import.duplicate_row` and left out, the first one kept.
 */
export const mapRows = (rows: readonly (readonly string[])[], mapping: ColumnMapping, options: { headerRow?: number } = {}): MappedRows => {
  const headerRow = options.headerRow ?? detectHeaderRow(rows);
  const problems = mappingProblems(mapping);
  if (problems.length > 0) return { valid: [], validRows: [], problems, headerRow };
  const candidates: { row: number; input: DelegateInput }[] = [];
  rows.forEach((cells, index) => {
    if (index <= headerRow || cells.every((cell) => !(cell ?? '').trim())) return;
    const raw = blankInput();
    for (const [column, field] of Object.entries(mapping)) {
      const cell = cells[Number(column)] ?? '';
      raw[field] = field === 'phone' ? restorePhoneCell(cell) : cell;
    }
    const row = index + 1;
    const rowProblems = validateDelegate(raw).map((p) => ({
      row,
      field: p.path.slice(1) as DelegateField,
      code: p.code,
      message: p.message,
    }));
    problems.push(...rowProblems);
    if (rowProblems.length === 0) candidates.push({ row, input: normalizeDelegateInput(raw) });
  });
  const repeats = duplicateOf(findDuplicatePeople(candidates.map((c) => ({ id: String(c.row), ...c.input }))));
  const valid: DelegateInput[] = [];
  const validRows: number[] = [];
  for (const { row, input } of candidates) {
    const repeat = repeats.get(String(row));
    if (!repeat) {
      valid.push(input);
      validRows.push(row);
      continue;
    }
    problems.push({
      row,
      field: 'fullName',
      code: 'import.duplicate_row',
      message: {
        vi: `Trùng đại biểu ở dòng ${repeat.firstId} (${repeat.reasons.map((r) => REASON_TEXT[r].vi).join(', ')}).`,
        en: `Same person as row ${repeat.firstId} (${repeat.reasons.map((r) => REASON_TEXT[r].en).join(', ')}).`,
      },
    });
  }
  problems.sort((a, b) => a.row - b.row);
  return { valid, validRows, problems, headerRow };
};

const REASON_TEXT = {
  name_phone: { vi: 'cùng họ tên và số điện thoại', en: 'same name and phone' },
  name_email: { vi: 'cùng họ tên và email', en: 'same name and e-mail' },
  name_organisation: { vi: 'cùng họ tên và đơn vị', en: 'same name and organisation' },
} as const;
