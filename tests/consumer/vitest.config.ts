import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    // Each file installs its consumer project once in beforeAll: npm, Vite and Chromium take minutes
    // on a cold cache, seconds on a warm one.
    hookTimeout: 600_000,
    testTimeout: 180_000,
  },
});
