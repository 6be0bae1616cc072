import { loadDigits, makeXor, trainTestSplit } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setupBackend } from '../backend/setup-backend';
import { evaluate } from './evaluate';
import { fit } from './fit';

// The lab models from @digitlab/models on the lab data from @digitlab/datasets, on both portable backends.
describe.each(['cpu', 'wasm'] as const)('lab models on %s', (backend) => {
  it('xor-mlp reaches >= 0.9 test accuracy on XOR', async () => {
    await setupBackend(backend);
    const before = tf.memory().numTensors;
    const train = makeXor({ repeats: 100, noise: 0.2, seed: 1 });
    const test = makeXor({ repeats: 50, noise: 0.2, seed: 2 });
    const model = createModel('xor-mlp', { seed: 1 });
    const history = await fit(
      model,
      { x: train.points, y: train.labels },
      {
        epochs: 40,
        batchSize: 16,
        optimizer: 'adam',
        learningRate: 0.02,
        seed: 3,
      },
    );
    const result = await evaluate(model, { x: test.points, y: test.labels });
    expect(history.backend).toBe(backend);
    expect(result.backend).toBe(backend);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the digits perceptron reaches >= 0.9 test accuracy', async () => {
    await setupBackend(backend);
    const before = tf.memory().numTensors;
    const { train, test } = trainTestSplit(loadDigits(), { testSize: 0.25, seed: 0, stratify: true });
    const model = createModel('perceptron', { seed: 1 });
    await fit(model, train, { epochs: 15, batchSize: 32, optimizer: 'adam', learningRate: 0.01, seed: 1 });
    const result = await evaluate(model, test);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('scratch-mlp trains through fit with its own gradients and gets the same history', async () => {
    await setupBackend(backend);
    const before = tf.memory().numTensors;
    const { train, test } = trainTestSplit(loadDigits(), { testSize: 0.25, seed: 0, stratify: true });
    const model = createModel('scratch-mlp', { inputShape: [64], hiddenSizes: [32], seed: 1 });
    const epochs: number[] = [];
    const history = await fit(model, train, {
      epochs: 5,
      optimizer: 'sgd',
      learningRate: 0.1,
      validationData: test,
      seed: 1,
      callbacks: [{ onEpochEnd: ({ epoch }) => void epochs.push(epoch) }],
    });
    expect(epochs).toEqual([0, 1, 2, 3, 4]);
    expect(Object.keys(history.history).sort()).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
    expect(history.history.loss.at(-1)).toBeLessThan(history.history.loss[0]!);
    expect(history.history.val_accuracy!.at(-1)).toBeGreaterThan(0.8);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
