/**
 * Renders the seed plan's .docx N times in-process and prints one JSON line with the
 * median, p95 and mean in milliseconds. Run: npx tsx bench/render-docx.ts [runs] [warmup]
 */
import { performance } from 'node:perf_hooks';
import { seedConference } from '../src/documents/fixtures/seed-conference.js';
import { renderPlanDocx } from '../src/documents/plan-docx.js';

const runs = Number(process.argv[2] ?? 200);
const warmup = Number(process.argv[3] ?? 20);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (value: number) => Math.round(value * 100) / 100;

const main = async () => {
  const conference = seedConference();
  let bytes = 0;
  for (let i = 0; i < warmup; i += 1) bytes = (await renderPlanDocx(conference)).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await renderPlanDocx(conference);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      bench: 'render-docx',
      runs,
      warmup,
      bytes,
      medianMs: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      meanMs: round(times.reduce((sum, t) => sum + t, 0) / times.length),
      maxMs: round(sorted.at(-1)!),
      node: process.version,
    }),
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
