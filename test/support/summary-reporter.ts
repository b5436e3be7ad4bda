/**
 * Two things at the end of every run, after Vitest's own summary:
 * - per project (vitest.config.ts), its files and its wall time, from its first file being queued (a worker free for it)
 *   to its last file's end (projects of one group overlap; see docs/testing.md);
 * - one line: how many tests were skipped because the run lacks a requirement (PostgreSQL,
 *   Redis, Janus, Caddy: ./requirements.ts), or that none were. A run on a fresh machine passes
 *   without PostgreSQL and Redis, and must not do so in silence.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { requirements } from './requirements.js';

export const skipSummary = (skippedByTag: ReadonlyMap<string, number>): string => {
  const parts = requirements()
    .filter((requirement) => requirement.missing !== null && (skippedByTag.get(requirement.tag) ?? 0) > 0)
    .map((requirement) => `${skippedByTag.get(requirement.tag)} need ${requirement.label}`);
  if (parts.length === 0) return 'Skipped for want of PostgreSQL, Redis, Janus, Caddy, ffmpeg or nginx: none.';
  const total = [...skippedByTag.values()].reduce((sum, count) => sum + count, 0);
  return `Skipped for want of a service: ${total} tests (${parts.join('; ')}).`;
};

interface ProjectSpan {
  files: number;
  start: number;
  end: number;
}

export default class SummaryReporter implements Reporter {
  private readonly spans = new Map<string, ProjectSpan>();

  onTestModuleQueued(module: TestModule): void {
    const name = module.project.name || 'default';
    const span = this.spans.get(name) ?? { files: 0, start: Date.now(), end: Date.now() };
    span.files += 1;
    this.spans.set(name, span);
  }

  onTestModuleEnd(module: TestModule): void {
    const span = this.spans.get(module.project.name || 'default');
    if (span) span.end = Date.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines = [...this.spans].map(
      ([name, span]) =>
        `   ${name.padEnd(9)} ${String(span.files).padStart(4)} files ${((span.end - span.start) / 1000).toFixed(1).padStart(7)} s`,
    );
    if (lines.length > 0) process.stdout.write(`\n Projects (wall time, first file queued to last file done):\n${lines.join('\n')}\n`);

    const missing = new Set<string>(
      requirements()
        .filter((requirement) => requirement.missing !== null)
        .map((requirement) => requirement.tag),
    );
    const skippedByTag = new Map<string, number>();
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        // A test counts once, under the first requirement it lacks.
        const tag = test.tags.find((name) => missing.has(name));
        if (tag) skippedByTag.set(tag, (skippedByTag.get(tag) ?? 0) + 1);
      }
    }
    process.stdout.write(`\n ${skipSummary(skippedByTag)}\n`);
  }
}
