/** Timing helpers shared by the benchmarks: run a function N times after a warm-up and summarise. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
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
