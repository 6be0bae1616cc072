import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    testTimeout: 30_000,
    // setupBackend registers tfjs-core's gradients (about a second on an idle machine); on a loaded 2-core
    // machine it took over 10 s, vitest's default hook limit.
    hookTimeout: 60_000,
    // The browser tests drive one Chromium each; on a two-core machine running them side by side only
    // makes every page slower, and the timings of the live examples meaningless.
    fileParallelism: false,
  },
});
