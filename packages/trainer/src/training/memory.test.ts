import { makeXor } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setupBackend } from '../backend/setup-backend';
import { createOptimizer } from '../optimizers/create-optimizer';
import { evaluate } from './evaluate';
import { fit } from './fit';
import { predict, predictClasses } from './predict';

const xor = makeXor({ repeats: 25, noise: 0.2, seed: 1 });
const data = { x: xor.points, y: xor.labels };

describe('no tensor leaks', () => {
  it('200 XOR epochs, then evaluate and predict, leave exactly the model weights', async () => {
    await setupBackend('wasm');
    const model = createModel('xor-mlp', { seed: 1 });
    const before = tf.memory().numTensors;
    await fit(model, data, { epochs: 200, batchSize: 50, optimizer: 'adam', validationSplit: 0.2, seed: 1 });
    expect(tf.memory().numTensors).toBe(before);
    await evaluate(model, data);
    await predict(model, data);
    await predictClasses(model, data);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('five back-to-back fits do not grow the tensor count', async () => {
    await setupBackend('wasm');
    const model = createModel('xor-mlp', { seed: 1 });
    const counts: number[] = [];
    for (let run = 0; run < 5; run++) {
      await fit(model, data, { epochs: 2, optimizer: 'rmsprop', seed: run });
      counts.push(tf.memory().numTensors);
    }
    expect(new Set(counts).size).toBe(1);
    model.dispose();
  });

  it("an optimizer instance keeps its state across fits: weights plus the optimizer's slots, no growth", async () => {
    await setupBackend('wasm');
    const model = createModel('xor-mlp', { seed: 1 });
    const before = tf.memory().numTensors;
    const optimizer = createOptimizer('adam');
    await fit(model, data, { epochs: 1, optimizer, seed: 1 });
    const slots = 2 * model.trainableWeights.length;
    // Adam's two moments per weight, and its two beta-power scalars.
    expect(tf.memory().numTensors).toBe(before + slots + 2);
    await fit(model, data, { epochs: 1, optimizer, seed: 2 });
    expect(tf.memory().numTensors).toBe(before + slots + 2);
    optimizer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});
