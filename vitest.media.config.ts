import { defineConfig } from 'vitest/config';
import { MEDIA_BROWSER_TESTS } from './vitest.config.js';

/** The browser tests with real media (both engines), one file at a time, after the rest of `npm test`. */
export default defineConfig({
  test: {
    include: MEDIA_BROWSER_TESTS,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
