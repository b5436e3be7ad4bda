/**
 * Group commit for check-ins. A durable commit costs one fsync (SQLite runs with
 * `synchronous=FULL`; about 3.5 ms on the development VM, during which better-sqlite3
 * holds the event loop), so one transaction per check-in caps a hall's door at a few
 * hundred per second. Here the check-ins that arrive while a commit is under way are
 * written together in the next transaction, each inside its own savepoint: each one is
 * still all-or-nothing (a refused one rolls back to its savepoint and takes nothing else
 * with it), and each caller is answered only after the commit that holds its write, so
 * an acknowledged check-in is durable. Batches go in arrival order: one at a time on
 * SQLite (one connection), a few side by side on PostgreSQL (`lanes`), where a deadlock
 * between two batches (the same delegates in opposite orders) is retried: the batch
 * rolled back whole, so running it again is safe.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../storage/database.js';
import { releaseSavepoint, rollbackToSavepoint, savepoint } from '../../storage/repositories/check-in-repository.js';
import type { Tables } from '../../storage/tables.js';

export type BatchWork<T> = (trx: Transaction<Tables>) => Promise<T>;

export interface GroupCommit {
  /** Runs `work` in the next batch's transaction; resolves after that transaction commits. */
  run<T>(work: BatchWork<T>): Promise<T>;
  /** Sizes of the batches committed so far (for the benchmark). */
  readonly stats: { batches: number; writes: number; largest: number };
}

interface Job {
  work: BatchWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export const DEFAULT_MAX_BATCH = 200;
const RETRIES = 3;

/** PostgreSQL's deadlock and serialization failures: the transaction was rolled back and may run again. */
const retryable = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
};

export interface GroupCommitOptions {
  /** Most writes in one transaction (200). */
  maxBatch?: number;
  /** Batches committed side by side (1; a few on PostgreSQL, whose pool has several connections). */
  lanes?: number;
}

export function createGroupCommit(database: Database, options: GroupCommitOptions = {}): GroupCommit {
  const maxBatch = Math.max(1, options.maxBatch ?? DEFAULT_MAX_BATCH);
  const lanes = Math.max(1, options.lanes ?? 1);
  const queue: Job[] = [];
  const stats = { batches: 0, writes: 0, largest: 0 };
  let running = 0;

  const commit = async (batch: Job[], attempt = 1): Promise<void> => {
    const outcomes: (() => void)[] = [];
    try {
      await database.db.transaction().execute(async (trx) => {
        // One name for every savepoint: each is released (or rolled back and released) before the
        // next, and the same three statements each time stay in SQLite's statement cache.
        const name = 'check_in';
        for (const job of batch) {
          await savepoint(trx, name);
          try {
            const value = await job.work(trx);
            await releaseSavepoint(trx, name);
            outcomes.push(() => job.resolve(value));
          } catch (error) {
            await rollbackToSavepoint(trx, name);
            outcomes.push(() => job.reject(error));
          }
        }
      });
    } catch (error) {
      if (retryable(error) && attempt < RETRIES) return commit(batch, attempt + 1);
      // The transaction itself failed (the database went away): nothing of the batch was written.
      for (const job of batch) job.reject(error);
      return;
    }
    stats.batches += 1;
    stats.writes += batch.length;
    stats.largest = Math.max(stats.largest, batch.length);
    for (const settle of outcomes) settle();
  };

  const lane = async () => {
    running += 1;
    try {
      while (queue.length > 0) {
        await commit(queue.splice(0, maxBatch));
        // Let the requests that arrived during the commit reach the queue before the next batch.
        await new Promise<void>((done) => setImmediate(done));
      }
    } finally {
      running -= 1;
    }
  };

  return {
    stats,
    run<T>(work: BatchWork<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (running < lanes) void lane();
      });
    },
  };
}
