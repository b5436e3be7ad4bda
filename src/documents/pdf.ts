/**
 * .docx → PDF with LibreOffice (`soffice --headless --convert-to pdf`). Each conversion
 * runs in a fresh temporary directory with its own LibreOffice profile, so concurrent
 * conversions do not collide, and is killed after a timeout. The directory is removed.
 * Conversions wait in one queue with a fixed number of LibreOffice processes (PDF_CONCURRENCY,
 * default 2; PDF_QUEUE waiting, default 8, one more is refused with 503
 * documents.pdf_queue_full; PDF_TIMEOUT_MS each, default 60 s): eight requests at once
 * start two LibreOffices, not ten.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomainError } from '../domain/errors.js';
import { createBoundedQueue, type BoundedQueue } from '../workers/bounded-queue.js';
import { pdfBusy } from '../workers/file-errors.js';
import { readPdfSettings, type PdfSettings } from '../workers/file-limits.js';

const CANDIDATES = ['soffice', 'libreoffice'];

export const pdfUnavailable = () =>
  new DomainError(503, 'documents.pdf_unavailable', {
    vi: 'Không tạo được tệp PDF: máy chủ chưa cài LibreOffice. Hãy cài gói libreoffice-writer-nogui và fonts-liberation2 (hoặc tải tệp .docx).',
    en: 'PDF output is unavailable: LibreOffice is not installed on the server. Install the packages libreoffice-writer-nogui and fonts-liberation2 (or download the .docx).',
  });

export const pdfFailed = (detail: string) =>
  new DomainError(503, 'documents.pdf_failed', {
    vi: `LibreOffice không chuyển được tài liệu sang PDF (${detail}).`,
    en: `LibreOffice could not convert the document to PDF (${detail}).`,
  });

/** The first soffice/libreoffice executable on PATH (or DIEMCAU_SOFFICE), else null. */
export const findSoffice = async (
  pathVariable = process.env.PATH ?? '',
  override = process.env.DIEMCAU_SOFFICE,
): Promise<string | null> => {
  const candidates = override
    ? [override]
    : pathVariable
        .split(delimiter)
        .filter(Boolean)
        .flatMap((dir) => CANDIDATES.map((name) => join(dir, name)));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
};

let cached: Promise<string | null> | undefined;
const soffice = () => (cached ??= findSoffice());

/** True when LibreOffice is installed (looked up once, then cached). */
export const isPdfAvailable = async (): Promise<boolean> => (await soffice()) !== null;

const run = (command: string, args: string[], cwd: string, timeoutMs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(pdfFailed(`timeout after ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(pdfFailed(error.message));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(pdfFailed(`exit code ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`));
    });
  });

/** What LibreOffice converts: Word (the default) or Excel; the name tells it which filter to use. */
export type ConvertibleKind = 'docx' | 'xlsx';

/** One conversion, now, with `command`. */
const convertNow = async (command: string, docx: Buffer, timeoutMs: number, kind: ConvertibleKind = 'docx'): Promise<Buffer> => {
  const dir = await mkdtemp(join(tmpdir(), 'diemcau-pdf-'));
  try {
    const input = join(dir, `document.${kind}`);
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(
      command,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', dir, input],
      dir,
      timeoutMs,
    );
    try {
      return await readFile(join(dir, 'document.pdf'));
    } catch {
      throw pdfFailed('no PDF produced');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

export interface PdfConverter {
  /** Converts .docx (or, with `kind`, .xlsx) bytes to PDF bytes once a LibreOffice slot is free. */
  convert(docx: Buffer, options?: { timeoutMs?: number; kind?: ConvertibleKind }): Promise<Buffer>;
  /** The queue, for tests and health. */
  readonly queue: Pick<BoundedQueue, 'running' | 'waiting'>;
}

/** A converter with its own queue: `settings.concurrency` LibreOffice processes at most. */
export const createPdfConverter = (
  settings: PdfSettings = readPdfSettings(),
  command: () => Promise<string | null> = findSoffice,
): PdfConverter => {
  const queue = createBoundedQueue({ concurrency: settings.concurrency, maxQueue: settings.maxQueue, full: pdfBusy });
  return {
    async convert(docx, options = {}) {
      const found = await command();
      if (!found) throw pdfUnavailable();
      return queue.run(() => convertNow(found, docx, options.timeoutMs ?? settings.timeoutMs, options.kind));
    },
    queue,
  };
};

let shared: PdfConverter | undefined;

/** Converts .docx bytes to PDF bytes in the process's queue. Throws DomainError 503 `documents.pdf_unavailable` without LibreOffice. */
export const convertDocxToPdf = (docx: Buffer, options: { timeoutMs?: number; kind?: ConvertibleKind } = {}): Promise<Buffer> =>
  (shared ??= createPdfConverter(readPdfSettings(), soffice)).convert(docx, options);
