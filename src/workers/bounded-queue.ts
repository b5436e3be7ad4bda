/**
 * At most `concurrency` jobs at once, at most `maxQueue` waiting in order; one more is refused
 * at once (`full()`, e.g. a 503), so a burst of requests costs a bounded amount of memory and
 * never more processes or threads than configured. Used by the worker pool (worker-pool.ts)
 * and by LibreOffice's queue (documents/pdf.ts).
 */
export interface BoundedQueue {
  /** Runs `job` when a slot is free; throws `full()` at once when the queue is full. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs running now. */
  readonly running: number;
  /** Jobs waiting for a slot. */
  readonly waiting: number;
}

export const createBoundedQueue = (options: { concurrency: number; maxQueue: number; full: () => Error }): BoundedQueue => {
  const waiting: (() => void)[] = [];
  let running = 0;

  const next = () => {
    running -= 1;
    const start = waiting.shift();
    if (start) {
      running += 1;
      start();
    }
  };

  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (running >= options.concurrency) {
        if (waiting.length >= options.maxQueue) throw options.full();
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return await job();
      } finally {
        next();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
};
