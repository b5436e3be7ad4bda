/**
 * A small pool of worker threads (piscina) in front of a bounded queue: at most `threads`
 * tasks run, at most `maxQueue` wait, one more is refused at once (`full()`). Each task has a
 * time budget that starts when it gets a thread, not while it waits: at the budget its
 * AbortSignal fires and piscina terminates that thread (its heap goes with it) and starts a
 * fresh one for the next task. A thread whose heap passes `memoryMb` is ended by V8
 * (resourceLimits). Idle threads exit after a while and never keep the process alive.
 *
 * The worker module runs from dist/ (.js) and from source under tsx or vitest (.ts), as the
 * media worker does (media/embedded/embedded-engine.ts): a .ts module gets tsx's loader.
 */
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { createBoundedQueue } from './bounded-queue.js';

export interface WorkerPoolOptions {
  /** The worker module: its default export takes a task and returns its result. */
  module: URL;
  threads: number;
  maxQueue: number;
  memoryMb: number;
  /** The refusal when the queue is full (a 503). */
  full: () => Error;
  /** The refusal when a thread ran out of heap. */
  outOfMemory: () => Error;
  /** Idle threads exit after this (default 30 s). */
  idleTimeoutMs?: number;
}

export interface WorkerPool<Task, Result> {
  /** Runs the task within `timeoutMs` of getting a thread; `timedOut()` is thrown at the budget. */
  run(task: Task, budget: { timeoutMs: number; timedOut: () => Error }): Promise<Result>;
  /** Threads alive now (for tests and health). */
  readonly threadCount: number;
  readonly running: number;
  readonly waiting: number;
  /** Ends every thread; tasks still running are refused. */
  close(): Promise<void>;
}

/** tsx's loader for a worker module still in TypeScript; nothing for built JavaScript. */
const execArgvFor = (module: URL): string[] | undefined => {
  if (extname(fileURLToPath(module)) !== '.ts') return undefined;
  if (process.execArgv.some((arg) => arg.includes('tsx'))) return process.execArgv;
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
};

const isOutOfMemory = (error: unknown) => (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

export const createWorkerPool = <Task, Result>(options: WorkerPoolOptions): WorkerPool<Task, Result> => {
  const execArgv = execArgvFor(options.module);
  const piscina = new Piscina<Task, Result>({
    filename: options.module.href,
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: options.idleTimeoutMs ?? 30_000,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    ...(execArgv ? { execArgv } : {}),
  });
  const queue = createBoundedQueue({ concurrency: options.threads, maxQueue: options.maxQueue, full: options.full });

  return {
    run(task, { timeoutMs, timedOut }) {
      return queue.run(async () => {
        const signal = AbortSignal.timeout(timeoutMs);
        try {
          return await piscina.run(task, { signal });
        } catch (error) {
          if (signal.aborted) throw timedOut();
          if (isOutOfMemory(error)) throw options.outOfMemory();
          throw error;
        }
      });
    },
    get threadCount() {
      return piscina.threads.length;
    },
    get running() {
      return queue.running;
    },
    get waiting() {
      return queue.waiting;
    },
    close: () => piscina.destroy(),
  };
};
