import { beforeAll, describe, expect, it } from 'vitest';
import { expectCloseWeights } from '../../test-support/expect-close-weights';
import { expectNoLeakedTensors } from '../../test-support/expect-no-leaked-tensors';
import { trainOnFashion } from '../../test-support/train-on-fashion';
import { setupBackend } from '../backend/setup-backend';

// Seed 004's Fashion-MNIST LeNet variants use LeakyReLU (alpha 0.3) and ELU (alpha 1): the fused engine's
// forward pass and its gradients through the output y must train exactly as tfjs' leakyRelu/elu ops do.
describe('the fused engine on LeakyReLU and ELU (tfjs ops on cpu as the reference)', () => {
  beforeAll(async () => {
    await setupBackend('cpu');
  }, 60_000);
  expectNoLeakedTensors();

  for (const name of ['lenet-leaky', 'lenet-elu'] as const) {
    for (const optimizer of ['sgd', 'adam'] as const) {
      it(`${name} with ${optimizer}: same losses and weights`, async () => {
        const run = { name, optimizer, samples: 96, epochs: 2 };
        const fused = await trainOnFashion({ ...run, engine: 'fused' });
        const reference = await trainOnFashion({ ...run, engine: 'tfjs' });
        expect(fused).toMatchObject({ engine: 'fused', threads: 1 });
        expect(reference.engine).toBe('tfjs');
        fused.loss.forEach((loss, epoch) => {
          expect(Math.abs(loss - reference.loss[epoch]!)).toBeLessThan(1e-4);
        });
        // Adam's step is about lr * sign(g), so last-bit differences of tiny gradients show more there, and
        // they can tip a max-pool near-tie: lenet-elu's second step picks 0.00298150 over 0.00298140 in
        // one pool window on tfjs and the other one fused, which leaves 9 of its 2400 conv2 weights
        // 1.4e-4 to 3.3e-4 apart (3.1e-3 of the largest) at the end. Same-weight gradients agree to 1e-7.
        expectCloseWeights(fused.values, reference.values, optimizer === 'adam' ? 5e-3 : 2e-5);
      }, 60_000);
    }
  }
});
