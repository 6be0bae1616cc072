import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    // scripts/test-node-versions.mjs points the report elsewhere, keeping the main run's.
    reporters: ['default', ['json', { outputFile: process.env.DIGITLAB_TEST_REPORT ?? 'test-results.json' }]],
    testTimeout: 30_000,
  },
});
