import { afterEach, describe, expect, it } from 'vitest';
import type { TestTask } from './fixtures/test-worker.js';
import { createWorkerPool, type WorkerPool } from './worker-pool.js';

const pools: WorkerPool<TestTask, number>[] = [];
const poolOf = (threads: number, maxQueue: number, memoryMb = 256) => {
  const pool = createWorkerPool<TestTask, number>({
    module: new URL('./fixtures/test-worker.ts', import.meta.url),
    threads,
    maxQueue,
    memoryMb,
    full: () => new Error('full'),
    outOfMemory: () => new Error('out of memory'),
  });
  pools.push(pool);
  return pool;
};
const budget = (timeoutMs: number) => ({ timeoutMs, timedOut: () => new Error(`timed out after ${timeoutMs} ms`) });

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('worker pool', () => {
  it('ends a thread that runs past its budget, and the next task gets a fresh thread', async () => {
    const pool = poolOf(1, 4);
    const first = await pool.run({ do: 'thread' }, budget(20_000));
    await expect(pool.run({ do: 'spin' }, budget(300))).rejects.toThrow('timed out after 300 ms');
    // One thread: had the spinning thread survived, this would never be answered.
    const next = await pool.run({ do: 'thread' }, budget(20_000));
    expect(next).not.toBe(first);
  });

  it('ends a thread that passes its heap limit, and keeps serving', async () => {
    const pool = poolOf(1, 4, 64);
    await expect(pool.run({ do: 'allocate' }, budget(30_000))).rejects.toThrow('out of memory');
    await expect(pool.run({ do: 'thread' }, budget(20_000))).resolves.toEqual(expect.any(Number));
  });

  it('runs at most `threads` tasks, queues at most `maxQueue`, and refuses one more at once', async () => {
    const pool = poolOf(1, 1);
    const running = pool.run({ do: 'wait', ms: 400 }, budget(20_000));
    const queued = pool.run({ do: 'wait', ms: 10 }, budget(20_000));
    expect({ running: pool.running, waiting: pool.waiting }).toEqual({ running: 1, waiting: 1 });
    await expect(pool.run({ do: 'thread' }, budget(20_000))).rejects.toThrow('full');
    await expect(Promise.all([running, queued])).resolves.toHaveLength(2);
    expect({ running: pool.running, waiting: pool.waiting }).toEqual({ running: 0, waiting: 0 });
  });

  it('starts the budget when a task gets its thread, not while it waits', async () => {
    const pool = poolOf(1, 4);
    await pool.run({ do: 'thread' }, budget(20_000)); // the thread is up
    const first = pool.run({ do: 'wait', ms: 600 }, budget(20_000));
    // Waits ~600 ms for the thread, then needs ~100 ms of its 400 ms budget.
    const second = pool.run({ do: 'wait', ms: 100 }, budget(400));
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
  });
});
