import { loadDigits, selectSamples } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setupBackend } from '../backend/setup-backend';
import { fit } from './fit';

const digits = loadDigits();
const subset = selectSamples(
  digits,
  Array.from({ length: 600 }, (_, i) => i),
);

async function run(backend: 'cpu' | 'wasm', seed: number, epochs: number) {
  await setupBackend(backend);
  // dropout-free one-stage CNN plus the dropout path of a Dense stack, so masks are covered too.
  const model = createModel('one-stage-cnn', { seed: 1 });
  const history = await fit(model, subset, {
    epochs,
    batchSize: 32,
    optimizer: 'adam',
    validationSplit: 0.2,
    seed,
  });
  const weights = model.getWeights();
  const values = weights.map((weight) => Array.from(weight.dataSync()));
  tf.dispose(weights);
  model.dispose();
  return { history, values };
}

describe('one seed fixes everything random', () => {
  it('same seed and backend: identical history and weights, with dropout', async () => {
    await setupBackend('wasm');
    const histories = [];
    for (let repeat = 0; repeat < 2; repeat++) {
      const model = createModel('dropout-cnn', { inputShape: [8, 8, 1], seed: 2 });
      histories.push(
        await fit(model, subset, {
          epochs: 2,
          batchSize: 50,
          optimizer: 'adam',
          validationSplit: 0.2,
          seed: 9,
        }),
      );
      model.dispose();
    }
    expect(histories[1]!.history).toEqual(histories[0]!.history);
    expect(histories[0]!.params.validationSamples).toBe(120);
  });

  it('a different seed changes the split and shuffle', async () => {
    const [first, second] = [await run('wasm', 1, 1), await run('wasm', 2, 1)];
    expect(first.history.history.val_loss).not.toEqual(second.history.history.val_loss);
  });

  it('cpu and wasm give the same first-epoch loss within 1e-4', async () => {
    const cpu = await run('cpu', 5, 1);
    const wasm = await run('wasm', 5, 1);
    expect(cpu.history.backend).toBe('cpu');
    expect(wasm.history.backend).toBe('wasm');
    expect(Math.abs(cpu.history.history.loss[0]! - wasm.history.history.loss[0]!)).toBeLessThan(1e-4);
    expect(Math.abs(cpu.history.history.val_loss![0]! - wasm.history.history.val_loss![0]!)).toBeLessThan(
      1e-4,
    );
  });
});
