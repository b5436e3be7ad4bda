/**
 * CSV as offices save it: Excel's "CSV UTF-8" (BOM, comma or, in a Vietnamese locale,
 * semicolon), plain "CSV" from LibreOffice, and Excel's "Unicode text" (UTF-16 LE with a
 * BOM, tab-separated). Quoted fields may hold the separator, doubled quotes and line breaks.
 */
import { fileUnreadable, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, tooManyColumns, tooManyRows, UNREADABLE } from './sheet-errors.js';

const swapBytes = (data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(data.length - (data.length % 2));
  for (let i = 0; i + 1 < data.length; i += 2) {
    out[i] = data[i + 1]!;
    out[i + 1] = data[i]!;
  }
  return out;
};

const utf16le = (data: Uint8Array): string => new TextDecoder('utf-16le').decode(data);

/** UTF-16 without a BOM: one byte of each pair is zero for Latin text; null when not so. */
const guessUtf16 = (data: Uint8Array): 'le' | 'be' | null => {
  const sample = data.subarray(0, Math.min(data.length, 2000));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1)
    if (sample[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  const pairs = sample.length / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'be';
  return null;
};

/** The text of a CSV file: UTF-8 (with or without BOM) or UTF-16 (BOM or guessed). */
export const decodeCsv = (data: Uint8Array): string => {
  if (data[0] === 0xff && data[1] === 0xfe) return utf16le(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return utf16le(swapBytes(data.subarray(2)));
  const start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  if (start === 0 && data.includes(0)) {
    const utf16 = guessUtf16(data);
    if (utf16 === 'le') return utf16le(data);
    if (utf16 === 'be') return utf16le(swapBytes(data));
    throw fileUnreadable(UNREADABLE.binary);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(start));
  } catch {
    throw fileUnreadable(UNREADABLE.encoding);
  }
};

const SEPARATORS = ['\t', ';', ','] as const;
export type CsvSeparator = (typeof SEPARATORS)[number];

/** Occurrences of `sep` outside quotes in one physical line. */
const countOutsideQuotes = (line: string, sep: string): number => {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) count += 1;
  }
  return count;
};

/**
 * The separator that splits the first lines most consistently: the one whose most common
 * non-zero count per line is shared by the most lines. Comma when none splits anything.
 */
export const detectSeparator = (text: string): CsvSeparator => {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim())
    .slice(0, 30);
  let best: { sep: CsvSeparator; score: number } = { sep: ',', score: 0 };
  for (const sep of SEPARATORS) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, sep);
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    const score = Math.max(0, ...tally.values());
    if (score > best.score) best = { sep, score };
  }
  return best.sep;
};

/** Rows of cells; a row per line (line breaks inside quotes kept), trailing blank rows dropped. */
export const parseCsv = (text: string, separator?: CsvSeparator): string[][] => {
  let body = text.startsWith('\ufeff') ? text.slice(1) : text;
  let sep = separator;
  const hint = /^sep=(.)\r?\n/i.exec(body); // Excel's "sep=;" first line, which Excel itself hides
  if (hint && !sep && (SEPARATORS as readonly string[]).includes(hint[1]!)) {
    sep = hint[1] as CsvSeparator;
    body = body.slice(hint[0].length);
  }
  sep ??= detectSeparator(body);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(trimTrailingEmpty(row));
    if (rows[rows.length - 1]!.length > MAX_SHEET_COLUMNS) throw tooManyColumns();
    if (rows.length > MAX_SHEET_ROWS && row.some((c) => c.trim())) throw tooManyRows();
    row = [];
    cell = '';
  };
  while (i < body.length) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (quoted) throw fileUnreadable(UNREADABLE.quote);
  if (cell !== '' || row.length > 0) endRow();
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => !c.trim())) rows.pop();
  return rows;
};

export const trimTrailingEmpty = (row: string[]): string[] => {
  let end = row.length;
  while (end > 0 && !row[end - 1]!.trim()) end -= 1;
  return end === row.length ? row : row.slice(0, end);
};
