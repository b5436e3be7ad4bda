/**
 * What a file is, told from its bytes, and whether it stays within its limits, checked
 * while reading: the zip's directory first (entries, declared sizes), then every entry
 * inflated within its declared size and the file's budget, counting the paragraphs and
 * elements of a Word document or the rows of each worksheet as they come out. Runs in the
 * worker thread (file-tasks.ts) before mammoth or exceljs sees the file, so the libraries
 * only ever parse what has been measured.
 */
import { tooManyRows } from '../documents/spreadsheets/sheet-errors.js';
import { fileTooComplex } from './file-errors.js';
import type { FileLimits } from './file-limits.js';
import { isZip, readZipDirectory, type ZipEntry } from './zip-directory.js';
import { InflateBudget, inflateEntry, TagCounter } from './zip-inflate.js';

/** What the bytes say the file is; `zip` is a zip that is neither Word nor Excel, `ole2` a 97-2003 Office file. */
export type SniffedKind = 'docx' | 'xlsx' | 'pdf' | 'png' | 'jpeg' | 'ole2' | 'zip' | 'text';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (data: Uint8Array, magic: number[]) => data.length >= magic.length && magic.every((b, i) => data[i] === b);

/** Word or Excel by the parts the zip holds, not by the file's name. */
export const zipKind = (entries: readonly ZipEntry[]): 'docx' | 'xlsx' | 'zip' => {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return 'zip';
};

/** The kind of a file from its first bytes (and, for a zip, its directory, within the limits). */
export const sniffFile = (data: Uint8Array, limits: FileLimits): { kind: SniffedKind; entries: ZipEntry[] } => {
  if (isZip(data)) {
    const entries = readZipDirectory(data, limits);
    return { kind: zipKind(entries), entries };
  }
  if (startsWith(data, PDF)) return { kind: 'pdf', entries: [] };
  if (startsWith(data, OLE2)) return { kind: 'ole2', entries: [] };
  if (startsWith(data, PNG)) return { kind: 'png', entries: [] };
  if (startsWith(data, JPEG)) return { kind: 'jpeg', entries: [] };
  return { kind: 'text', entries: [] };
};

type CounterFor = (entry: ZipEntry) => TagCounter[];

/** Inflates every entry within the limits, feeding the counters `counterFor` gives it. */
const inflateAll = async (data: Uint8Array, entries: readonly ZipEntry[], limits: FileLimits, counterFor: CounterFor) => {
  const budget = new InflateBudget(limits.maxInflatedBytes);
  for (const entry of entries) {
    const counters = counterFor(entry);
    await inflateEntry(data, entry, budget, (chunk) => {
      for (const counter of counters) counter.feed(chunk);
    });
  }
};

const tooMany = (what: string, whatEn: string, cap: number) => () =>
  fileTooComplex({
    vi: `tài liệu có hơn ${cap.toLocaleString('vi-VN')} ${what}`,
    en: `the document has more than ${cap.toLocaleString('en-US')} ${whatEn}`,
  });

/** A Word document: its paragraphs and elements counted as word/document.xml inflates. */
export const guardDocx = (data: Uint8Array, entries: readonly ZipEntry[], limits: FileLimits): Promise<void> =>
  inflateAll(data, entries, limits, (entry) =>
    entry.name === 'word/document.xml'
      ? [
          new TagCounter(/<w:p[\s>/]/g, limits.maxParagraphs, tooMany('đoạn văn', 'paragraphs', limits.maxParagraphs)),
          new TagCounter(/<[A-Za-z]/g, limits.maxElements, tooMany('phần tử', 'elements', limits.maxElements)),
        ]
      : [],
  );

/** A workbook: the rows of each worksheet counted as it inflates (import.too_many_rows past the cap). */
export const guardXlsx = (data: Uint8Array, entries: readonly ZipEntry[], limits: FileLimits): Promise<void> =>
  inflateAll(data, entries, limits, (entry) =>
    /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)
      ? [new TagCounter(/<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g, limits.maxRows, tooManyRows)]
      : [],
  );

/** Text (UTF-8 or UTF-16): its lines counted up to the cap, before it is decoded and parsed. */
export const guardTextLines = (data: Uint8Array, limits: FileLimits): void => {
  let lines = 1;
  for (let at = data.indexOf(0x0a); at !== -1; at = data.indexOf(0x0a, at + 1)) {
    lines += 1;
    if (lines > limits.maxParagraphs) throw tooMany('dòng', 'lines', limits.maxParagraphs)();
  }
};
