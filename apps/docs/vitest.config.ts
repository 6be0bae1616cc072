import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    testTimeout: 30_000,
    // The browser tests drive one Chromium each; on a two-core machine running them side by side only
    // makes every page slower, and the timings of the live examples meaningless.
    fileParallelism: false,
  },
});
