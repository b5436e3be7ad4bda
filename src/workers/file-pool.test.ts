import { afterEach, describe, expect, it } from 'vitest';
import { createFilePool, type FilePool } from './file-pool.js';
import { DEFAULT_POOL_SETTINGS, type PoolSettings } from './file-limits.js';
import { docxWithParagraphs, xlsxWithRows } from './fixtures/hostile-files.js';
import type { FileTask, RenderTask, TaskOutcome } from './file-tasks.js';
import { createWorkerPool } from './worker-pool.js';

const pools: FilePool[] = [];
const poolWith = (patch: Partial<PoolSettings>) => {
  const pool = createFilePool({ ...DEFAULT_POOL_SETTINGS, ...patch });
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('the file pool (worker threads)', () => {
  it('reads files in its threads, and brings refusals back as the DomainErrors they were', async () => {
    const pool = poolWith({ threads: 1 });
    expect(await pool.inspect(await xlsxWithRows(2), 'xlsx')).toEqual({ kind: 'xlsx' });
    expect((await pool.parseSheet(await xlsxWithRows(2)))[2]).toEqual(['Đại biểu 3', 'Sở Nội vụ']);
    await expect(pool.parsePlan({ fileName: 'kh.docx', data: await docxWithParagraphs(11) }, { maxParagraphs: 10 })).rejects.toMatchObject({
      name: 'DomainError',
      status: 422,
      code: 'file.too_complex',
      localized: { vi: expect.stringContaining('đoạn văn'), en: expect.stringContaining('paragraphs') },
    });
  });

  it('ends the thread of a parse past its budget with 422 file.parse_timeout', async () => {
    const pool = poolWith({ threads: 1, parseTimeoutMs: 100 });
    // Within the caps, but mammoth needs far more than 100 ms for 99,000 elements.
    const costly = await docxWithParagraphs(9_000, 'x', undefined, 5);
    await expect(pool.parsePlan({ fileName: 'kh.docx', data: costly })).rejects.toMatchObject({ status: 422, code: 'file.parse_timeout' });
  });

  it('refuses a task the queue cannot hold with 503 file.queue_full', async () => {
    const pool = poolWith({ threads: 1, maxQueue: 0 });
    const data = await xlsxWithRows(2);
    const results = await Promise.allSettled([pool.parseSheet(data), pool.parseSheet(data)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ status: 503, code: 'file.queue_full' });
  });

  it('loads the module of every render task in a thread (each is loaded when first needed)', async () => {
    const pool = createWorkerPool<FileTask, TaskOutcome>({
      module: new URL('./file-worker.ts', import.meta.url),
      threads: 1,
      maxQueue: 20,
      memoryMb: 512,
      full: () => new Error('full'),
      outOfMemory: () => new Error('out of memory'),
    });
    const kinds: RenderTask['task'][] = [
      'attendance-docx',
      'attendance-xlsx',
      'seat-plan-docx',
      'delegates-xlsx',
      'delivery-list-docx',
      'synthesis-docx',
      'synthesis-xlsx',
      'pack-page-counts',
      'pack-merge',
      'minutes-docx',
    ];
    try {
      for (const task of kinds) {
        // No input: the renderer fails on it, but only once its module has loaded.
        const outcome = await pool
          .run({ task } as RenderTask, { timeoutMs: 60_000, timedOut: () => new Error('timed out') })
          .catch((e: Error) => e);
        expect(outcome instanceof Error ? outcome.message : JSON.stringify(outcome), task).not.toMatch(
          /Cannot find module|Unknown file extension/,
        );
      }
    } finally {
      await pool.close();
    }
  }, 120_000);
});
