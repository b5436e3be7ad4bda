import { availableParallelism } from 'node:os';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { REQUIREMENT_TAGS } from './test/support/requirements.js';

/**
 * The whole suite in one pass, as five projects sized for the machine (docs/testing.md):
 *
 * - `pure`: rules, documents, the importer and the web app's logic: no database, no server,
 *   worker threads and no module isolation between files (nothing to reset).
 * - `services`: the rest of src/ (repositories and services on both dialects, the server's
 *   plugins, mail, sockets, the media engines' parts) and test/media (both engines with real
 *   werift peers).
 * - `api`: the HTTP layer (test/api, test/security) and real server processes (test/realtime), on SQLite
 *   unless a test is about a dialect difference.
 * - `browser`: the screens in headless Chromium, one Chromium per worker (globalSetup).
 * - `media`: the browser tests with real video and sound (both engines), one file at a time
 *   after everything else: several Chromiums encoding video measure the machine's load, not
 *   the product, when anything else runs beside them.
 *
 * Projects with the same `sequence.groupOrder` share one pool (and so one worker count):
 * group 0 runs pure, services and api together, then group 1 the browsers, then group 2 media.
 * Files of a worker share its modules (isolate: false) except in `media`: a module graph per
 * file cost group 0 about 45 % of its time. Tests that need PostgreSQL, Redis or Janus carry a
 * tag (test/support/requirements.ts) and are skipped, and counted in the summary, where the run
 * lacks them.
 */
const CORES = availableParallelism();
/** Group 0 (pure, services, api): one worker more than cores, as some always wait on I/O (3 on two cores). */
const GROUP0_WORKERS = CORES + 1;
/** Each browser worker drives one Chromium and serves its own app; the pages mostly wait (3 on two cores). */
const BROWSER_WORKERS = Math.min(CORES + 1, 6);

const node = (config: TestProjectInlineConfiguration['test']): TestProjectInlineConfiguration => ({
  extends: true,
  test: { pool: 'forks', maxWorkers: GROUP0_WORKERS, sequence: { groupOrder: 0 }, isolate: false, ...config },
});

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits for an effect (a save of several requests, a message, a render): its
    // default second is shorter than those take on two busy cores; a poll ends when it holds.
    expect: { poll: { timeout: 10_000 } },
    tags: REQUIREMENT_TAGS,
    reporters: ['default', './test/support/summary-reporter.ts', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      node({
        name: 'pure',
        include: ['src/domain/**/*.test.ts', 'src/documents/**/*.test.ts', 'src/import/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
        pool: 'threads',
      }),
      node({
        name: 'services',
        include: ['src/**/*.test.ts', 'test/media/**/*.test.ts'],
        exclude: ['src/domain/**', 'src/documents/**', 'src/import/**'],
        globalSetup: ['test/support/postgres-run.ts'],
      }),
      node({
        name: 'api',
        include: ['test/api/**/*.test.ts', 'test/realtime/**/*.test.ts', 'test/security/**/*.test.ts'],
        globalSetup: ['test/support/postgres-run.ts'],
      }),
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // A browser test is a user's scenario of many steps, each bounded by its own wait
          // (Playwright's 10 s, expect.poll's 10 s); the whole gets 90 s, as the chair's
          // scenario (8 s idle) took over 30 s beside the lint and type-checks of `npm test`.
          testTimeout: 90_000,
          exclude: ['test/browser/media-*.test.ts'],
          pool: 'forks',
          maxWorkers: BROWSER_WORKERS,
          isolate: false,
          sequence: { groupOrder: 1 },
          globalSetup: ['test/browser/chromium-pool.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'media',
          include: ['test/browser/media-*.test.ts'],
          pool: 'forks',
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
