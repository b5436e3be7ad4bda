/**
 * What an untrusted file may cost, per kind, and the pool's settings from the environment.
 * Every limit is checked while the file is read (docs/security.md, "Limits"): the bytes by
 * the upload route before anything is parsed, the zip's directory before anything is
 * inflated, the inflated bytes and the elements or rows as they come out of the inflater,
 * and the time by the pool, which ends the worker thread at the budget.
 */
import { MAX_SHEET_ROWS } from '../documents/spreadsheets/sheet-errors.js';
import { DomainError, type FieldProblem } from '../domain/errors.js';

/** The kinds of file a user may send; told from the content (sniff.ts), not from the name. */
export type FileKind = 'docx' | 'xlsx' | 'csv' | 'txt' | 'pdf';

export interface ZipLimits {
  /** Entries in the zip's central directory. */
  maxEntries: number;
  /** The sum of the entries' sizes once inflated, as declared and as really inflated. */
  maxInflatedBytes: number;
}

export interface FileLimits extends ZipLimits {
  /** The bytes of the file as uploaded. */
  maxBytes: number;
  /** Word: paragraphs in word/document.xml (a plan of test/fixtures/plans has about a hundred). */
  maxParagraphs: number;
  /** Word: XML elements in word/document.xml (a plan has about 2,000; 100,000 take mammoth about 1.5 s and 200 MB). */
  maxElements: number;
  /** Spreadsheets: rows of a worksheet or lines of a CSV file. */
  maxRows: number;
}

const MB = 1024 * 1024;

/** The defaults: fifty to a hundred times what the real documents of test/fixtures/plans need. */
export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxBytes: 10 * MB,
  maxEntries: 1_000,
  maxInflatedBytes: 64 * MB,
  maxParagraphs: 10_000,
  maxElements: 100_000,
  maxRows: MAX_SHEET_ROWS,
};

/** The limits of each kind (the same today); a PDF is only sniffed, never inflated. */
export const FILE_LIMITS: Readonly<Record<FileKind, FileLimits>> = {
  docx: DEFAULT_FILE_LIMITS,
  xlsx: DEFAULT_FILE_LIMITS,
  csv: DEFAULT_FILE_LIMITS,
  txt: DEFAULT_FILE_LIMITS,
  pdf: DEFAULT_FILE_LIMITS,
};

export interface PoolSettings {
  /** FILE_WORKERS: worker threads that parse uploaded files (default 2). */
  threads: number;
  /** RENDER_WORKERS: worker threads that render heavy documents (default 1). */
  renderThreads: number;
  /** FILE_WORKER_QUEUE: tasks that may wait for a thread, in each of the two pools; one more is refused with 503 (default 16). */
  maxQueue: number;
  /** FILE_PARSE_TIMEOUT_MS: the time budget of parsing one uploaded file (default 15 s). */
  parseTimeoutMs: number;
  /** FILE_RENDER_TIMEOUT_MS: the time budget of rendering one document (default 120 s). */
  renderTimeoutMs: number;
  /** FILE_WORKER_MEMORY_MB: the heap of each parsing thread; over it the thread is ended (default 512). */
  memoryMb: number;
  /** RENDER_WORKER_MEMORY_MB: the heap of each rendering thread (default 2048: a 12,000-row .docx list ran out of a 768 MB heap). */
  renderMemoryMb: number;
}

export interface PdfSettings {
  /** PDF_CONCURRENCY: LibreOffice processes at once (default 2). */
  concurrency: number;
  /** PDF_QUEUE: conversions that may wait; one more is refused with 503 (default 8). */
  maxQueue: number;
  /** PDF_TIMEOUT_MS: the time one conversion may take before its LibreOffice is killed (default 60 s). */
  timeoutMs: number;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = {
  threads: 2,
  renderThreads: 1,
  maxQueue: 16,
  parseTimeoutMs: 15_000,
  renderTimeoutMs: 120_000,
  memoryMb: 512,
  renderMemoryMb: 2_048,
};

export const DEFAULT_PDF_SETTINGS: PdfSettings = { concurrency: 2, maxQueue: 8, timeoutMs: 60_000 };

type Env = Record<string, string | undefined>;

const integer = (env: Env, name: string, fallback: number, min: number, max: number, problems: FieldProblem[]): number => {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  problems.push({
    path: `/${name}`,
    code: 'config.invalid_number',
    message: {
      vi: `${name} phải là số nguyên từ ${min} đến ${max}.`,
      en: `${name} must be a whole number from ${min} to ${max}.`,
    },
  });
  return fallback;
};

const configInvalid = (problems: FieldProblem[]) =>
  new DomainError(
    422,
    'config.invalid',
    {
      vi: `Cấu hình máy chủ không hợp lệ: ${problems.map((p) => p.message.vi).join(' ')}`,
      en: `Invalid server configuration: ${problems.map((p) => p.message.en).join(' ')}`,
    },
    problems,
  );

type Spec<T> = { readonly [K in keyof T]: readonly [variable: string, min: number, max: number] };

/** Whole numbers from the environment by `spec`, `defaults` where unset; bad values into `problems`, or thrown without it. */
const readSettings = <T extends Record<string, number>>(env: Env, spec: Spec<T>, defaults: T, problems?: FieldProblem[]): T => {
  const found: FieldProblem[] = [];
  const settings = { ...defaults };
  for (const key of Object.keys(spec) as (keyof T)[]) {
    const [variable, min, max] = spec[key];
    (settings as Record<keyof T, number>)[key] = integer(env, variable, defaults[key] as number, min, max, found);
  }
  if (problems) problems.push(...found);
  else if (found.length > 0) throw configInvalid(found);
  return settings;
};

const POOL_SPEC: Spec<PoolSettings> = {
  threads: ['FILE_WORKERS', 1, 16],
  renderThreads: ['RENDER_WORKERS', 1, 16],
  maxQueue: ['FILE_WORKER_QUEUE', 0, 1_000],
  parseTimeoutMs: ['FILE_PARSE_TIMEOUT_MS', 100, 600_000],
  renderTimeoutMs: ['FILE_RENDER_TIMEOUT_MS', 100, 600_000],
  memoryMb: ['FILE_WORKER_MEMORY_MB', 64, 16_384],
  renderMemoryMb: ['RENDER_WORKER_MEMORY_MB', 64, 16_384],
};

const PDF_SPEC: Spec<PdfSettings> = {
  concurrency: ['PDF_CONCURRENCY', 1, 16],
  maxQueue: ['PDF_QUEUE', 0, 1_000],
  timeoutMs: ['PDF_TIMEOUT_MS', 1_000, 600_000],
};

/**
 * The pool's settings from the environment. With `problems` (server-config.ts, at start) a bad
 * value is added there; without, it is thrown as DomainError `config.invalid`.
 */
export const readPoolSettings = (env: Env = process.env, problems?: FieldProblem[]): PoolSettings =>
  readSettings({ ...env }, POOL_SPEC, { ...DEFAULT_POOL_SETTINGS }, problems);

/** LibreOffice's queue from the environment; bad values as in readPoolSettings. */
export const readPdfSettings = (env: Env = process.env, problems?: FieldProblem[]): PdfSettings =>
  readSettings({ ...env }, PDF_SPEC, { ...DEFAULT_PDF_SETTINGS }, problems);
