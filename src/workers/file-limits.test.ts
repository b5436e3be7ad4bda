import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../domain/errors.js';
import { DEFAULT_PDF_SETTINGS, DEFAULT_POOL_SETTINGS, readPdfSettings, readPoolSettings } from './file-limits.js';

describe('file pool and PDF settings', () => {
  it('defaults when unset, and reads whole numbers within range', () => {
    expect(readPoolSettings({})).toEqual(DEFAULT_POOL_SETTINGS);
    expect(readPdfSettings({})).toEqual(DEFAULT_PDF_SETTINGS);
    expect(readPoolSettings({ FILE_WORKERS: '1', FILE_WORKER_QUEUE: '4', FILE_PARSE_TIMEOUT_MS: '5000' })).toMatchObject({
      threads: 1,
      maxQueue: 4,
      parseTimeoutMs: 5000,
    });
    expect(readPdfSettings({ PDF_CONCURRENCY: '3', PDF_TIMEOUT_MS: '30000' })).toMatchObject({ concurrency: 3, timeoutMs: 30_000 });
  });

  it('names every bad value, in the problems of the start or as config.invalid', () => {
    const problems: FieldProblem[] = [];
    readPoolSettings({ FILE_WORKERS: '0', FILE_WORKER_MEMORY_MB: 'lots' }, problems);
    readPdfSettings({ PDF_CONCURRENCY: '2.5' }, problems);
    expect(problems.map((p) => p.path)).toEqual(['/FILE_WORKERS', '/FILE_WORKER_MEMORY_MB', '/PDF_CONCURRENCY']);
    expect(() => readPdfSettings({ PDF_QUEUE: '-1' })).toThrow(expect.objectContaining({ code: 'config.invalid' }));
  });
});
