import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { seedConference } from './fixtures/seed-conference.js';
import { convertDocxToPdf, findSoffice, isPdfAvailable, pdfUnavailable } from './pdf.js';
import { renderPlanDocx } from './plan-docx.js';

const run = promisify(execFile);

const pdfText = async (pdf: Buffer): Promise<string | undefined> => {
  const dir = await mkdtemp(join(tmpdir(), 'diemcau-pdftext-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-layout', join(dir, 'in.pdf'), '-']);
    return stdout;
  } catch {
    return undefined; // pdftotext (poppler-utils) not installed
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

const pdfTempDirs = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('diemcau-pdf-'));

describe('PDF availability', () => {
  it('finds no LibreOffice on an empty PATH, and one in a directory that holds an executable soffice', async () => {
    expect(await findSoffice('', undefined)).toBeNull();
    const dir = await mkdtemp(join(tmpdir(), 'diemcau-path-'));
    try {
      await writeFile(join(dir, 'soffice'), '#!/bin/sh\n', { mode: 0o755 });
      expect(await findSoffice(`/nonexistent:${dir}`, undefined)).toBe(join(dir, 'soffice'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('describes the missing LibreOffice as a 503 with what to install', () => {
    const error = pdfUnavailable();
    expect(error.status).toBe(503);
    expect(error.code).toBe('documents.pdf_unavailable');
    for (const message of [error.localized.vi, error.localized.en]) {
      expect(message).toContain('libreoffice-writer-nogui');
      expect(message).toContain('fonts-liberation2');
    }
  });
});

describe('convertDocxToPdf', () => {
  it('converts the seed plan (LibreOffice opens the .docx), or answers 503 without LibreOffice', async () => {
    const docx = await renderPlanDocx(seedConference());
    if (!(await isPdfAvailable())) {
      await expect(convertDocxToPdf(docx)).rejects.toMatchObject({ status: 503, code: 'documents.pdf_unavailable' });
      return;
    }
    const before = await pdfTempDirs();
    const pdf = await convertDocxToPdf(docx);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    const text = await pdfText(pdf);
    if (text !== undefined) {
      expect(text).toContain('KẾ HOẠCH');
      expect(text).toContain('CHƯƠNG TRÌNH HỘI NGHỊ');
      expect(text).toContain('(thứ Tư)');
      expect(text).toContain('Phạm Thiện Nghĩa');
    }
    expect((await pdfTempDirs()).filter((name) => !before.includes(name))).toEqual([]);
  }, 120_000);

  it('runs concurrent conversions without their LibreOffice profiles colliding', async () => {
    if (!(await isPdfAvailable())) {
      await expect(convertDocxToPdf(Buffer.from('x'))).rejects.toBeInstanceOf(DomainError);
      return;
    }
    const docx = await renderPlanDocx(seedConference());
    const pdfs = await Promise.all([convertDocxToPdf(docx), convertDocxToPdf(docx), convertDocxToPdf(docx)]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  }, 180_000);

  it('gives up with a DomainError after the timeout and removes its directory', async () => {
    const docx = await renderPlanDocx(seedConference());
    const before = await pdfTempDirs();
    const error = await convertDocxToPdf(docx, { timeoutMs: 50 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(503);
    expect(['documents.pdf_failed', 'documents.pdf_unavailable']).toContain((error as DomainError).code);
    expect((await pdfTempDirs()).filter((name) => !before.includes(name))).toEqual([]);
  }, 30_000);
});
