import { loadFashionMnist } from '@digitlab/datasets';
import { createModel, type ModelName } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeakedTensors } from '../../test-support/expect-no-leaked-tensors';
import { setupBackend } from '../backend/setup-backend';
import { fit } from '../training/fit';

// Seed 004's Fashion-MNIST LeNet variants use LeakyReLU (alpha 0.3) and ELU (alpha 1): the fused engine's
// forward pass and its gradients through the output y must train exactly as tfjs' leakyRelu/elu ops do.
async function train(name: ModelName, engine: 'fused' | 'tfjs', optimizer: 'sgd' | 'adam') {
  const all = await loadFashionMnist({ split: 'test', offline: true });
  const data = { x: all.images.subarray(0, 96 * 784), y: all.labels.subarray(0, 96), maxValue: 255 };
  const model = createModel(name, { seed: 9 });
  const history = await fit(model, data, {
    epochs: 2,
    batchSize: 32,
    seed: 3,
    optimizer,
    engine,
    threads: 1,
  });
  const weights = model.getWeights();
  const values = weights.map((tensor) => Float32Array.from(tensor.dataSync()));
  tf.dispose(weights);
  model.dispose();
  return { loss: history.history.loss, values, engine: history.engine, threads: history.threads };
}

describe('the fused engine on LeakyReLU and ELU (tfjs ops on cpu as the reference)', () => {
  beforeAll(async () => {
    await setupBackend('cpu');
  }, 60_000);
  expectNoLeakedTensors();

  for (const name of ['lenet-leaky', 'lenet-elu'] as const) {
    for (const optimizer of ['sgd', 'adam'] as const) {
      it(`${name} with ${optimizer}: same losses and weights`, async () => {
        const fused = await train(name, 'fused', optimizer);
        const reference = await train(name, 'tfjs', optimizer);
        expect(fused).toMatchObject({ engine: 'fused', threads: 1 });
        expect(reference.engine).toBe('tfjs');
        fused.loss.forEach((loss, epoch) => {
          expect(Math.abs(loss - reference.loss[epoch]!)).toBeLessThan(1e-4);
        });
        // Adam's step is about lr * sign(g), so last-bit differences of tiny gradients show more there.
        const tolerance = optimizer === 'adam' ? 1e-3 : 2e-5;
        fused.values.forEach((values, i) => {
          const expected = reference.values[i]!;
          const worst = values.reduce((max, value, j) => Math.max(max, Math.abs(value - expected[j]!)), 0);
          const scale = expected.reduce((max, value) => Math.max(max, Math.abs(value)), 1e-3);
          expect(worst / scale, `weight ${i}`).toBeLessThan(tolerance);
        });
      }, 60_000);
    }
  }
});
