import { defineConfig } from 'vitest/config';

/**
 * Every test but the browser tests with real media, which run after, alone (vitest.media.config.ts):
 * four or five Chromiums sending video each, beside the rest of the suite on two cores, would
 * measure the machine's load rather than the product (their acceptance has a 5 s rejoin).
 */
export const MEDIA_BROWSER_TESTS = ['test/browser/media-*.test.ts'];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...MEDIA_BROWSER_TESTS],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
