import { describe, expect, it } from 'vitest';
import { withTrainingPage } from '../../bench/browser/harness.mjs';

// Debian's Chromium is installed on our machines and by .ci/run; the page trains on the wasm backend.
describe('the fused engine in headless Chromium', () => {
  it('trains on the page thread in a plain page and on workers in a cross-origin isolated one', async () => {
    const reports = await withTrainingPage(128 * 6, async (train) => [
      await train(false, { model: 'mlp', engine: 'tfjs', warmup: 2 }),
      await train(false, { model: 'mlp', engine: 'fused', warmup: 2 }),
      await train(true, { model: 'mlp', engine: 'fused', warmup: 2 }),
    ]);
    const [ops, plain, isolated] = reports;
    expect(ops).toMatchObject({ engine: 'tfjs', backend: 'wasm', isolated: false });
    expect(plain).toMatchObject({ engine: 'fused', threads: 1, backend: 'wasm', isolated: false });
    expect(isolated).toMatchObject({ engine: 'fused', backend: 'wasm', isolated: true });
    expect(isolated!.threads).toBeGreaterThanOrEqual(2);
    expect(isolated!.threads).toBeLessThanOrEqual(4);
    expect(Math.abs(plain!.loss - ops!.loss)).toBeLessThan(1e-4);
    expect(Math.abs(isolated!.loss - ops!.loss)).toBeLessThan(1e-3);
  }, 120_000);
});
