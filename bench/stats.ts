/** Timing helpers shared by the benchmarks: run a function N times after a warm-up and summarise. */
import { fork, type Serializable } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  maxMs: number;
}

export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 1000) / 1000;

export async function time(work: () => unknown, runs: number, warmup = Math.ceil(runs / 10)): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    runs,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    meanMs: round(times.reduce((sum, t) => sum + t, 0) / times.length),
    maxMs: round(sorted.at(-1)!),
  };
}

export const report = (bench: string, fields: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench, ...fields, node: process.version }));

/** Runs the PostgreSQL part of a bench when DATABASE_URL names a server; says so when it does not. */
export async function benchPostgres(run: () => Promise<void>): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.log(JSON.stringify({ dialect: 'postgres', skipped: 'DATABASE_URL is not set' }));
    return;
  }
  await run();
}

/** Runs `job` in a child process (`moduleUrl` with --load, answering through `serveLoadChild`): the load is generated off the server's event loop. */
export const forkLoad = <Job, Result>(moduleUrl: string, job: Job) =>
  new Promise<Result>((resolve, reject) => {
    const child = fork(fileURLToPath(moduleUrl), ['--load'], { execArgv: process.execArgv, stdio: 'inherit' });
    child.once('message', (result) => resolve(result as Result));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`))));
    child.send(job as Serializable);
  });

/** In the child: generates the load of the job it is sent, answers the figures, and exits. */
export const serveLoadChild = <Job, Result>(generate: (job: Job) => Promise<Result>): void => {
  process.once('message', (job) => {
    generate(job as Job).then(
      (result) => process.send!(result as Serializable, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
};

/** Percentiles of latencies (ms), rounded to 0.01. */
export const latencyPercentiles = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) * 100) / 100;
  return { p50Ms: at(50), p90Ms: at(90), p99Ms: at(99), maxMs: at(100) };
};
