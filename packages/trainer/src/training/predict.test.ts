import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { setupBackend } from '../backend/setup-backend';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { evaluate } from './evaluate';
import { fit } from './fit';
import { predict, predictClasses } from './predict';

describe('evaluate, predict and predictClasses', () => {
  it('predict batches the forward pass and matches one big apply; classes are the argmax', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [3, 5, 4], seed: 2 });
    const x = Float32Array.from({ length: 3 * 70 }, (_, i) => Math.sin(i));
    const before = tf.memory().numTensors;
    const result = await predict(model, { x }, { batchSize: 16 });
    expect(result).toMatchObject({ count: 70, units: 4, backend: 'wasm' });
    const whole = tf.tidy(() => model.apply(tf.tensor2d(x, [70, 3])).dataSync());
    for (const [i, value] of result.probabilities.entries()) expect(value).toBeCloseTo(whole[i]!, 6);
    const { classes } = await predictClasses(model, { x });
    for (let i = 0; i < 70; i++) {
      const row = Array.from(result.probabilities.subarray(4 * i, 4 * i + 4));
      expect(classes[i]).toBe(row.indexOf(Math.max(...row)));
    }
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('evaluate reports the per-sample mean whatever the batch size, and fit logs the same numbers', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 3], seed: 2 });
    const data = {
      x: Float32Array.from({ length: 2 * 45 }, (_, i) => Math.cos(i)),
      y: Uint8Array.from({ length: 45 }, (_, i) => i % 3),
    };
    const small = await evaluate(model, data, { batchSize: 7 });
    const large = await evaluate(model, data, { batchSize: 45 });
    expect(small.loss).toBeCloseTo(large.loss, 6);
    expect(small.accuracy).toBeCloseTo(large.accuracy!, 10);
    expect(small.samples).toBe(45);
    const history = await fit(model, data, {
      epochs: 1,
      optimizer: 'sgd',
      learningRate: 1e-9,
      validationData: data,
      seed: 1,
    });
    expect(history.history.val_loss![0]).toBeCloseTo(large.loss, 5);
    expect((await evaluate(model, data, { metrics: [] })).accuracy).toBeUndefined();
    await expect(evaluate(model, data, { batchSize: 0 })).rejects.toThrow(InvalidOptionError);
    model.dispose();
  });

  it('binary predictClasses thresholds at 0.5', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [1, 1], seed: 2 });
    const { probabilities } = await predict(model, { x: Float32Array.from([-3, 0, 3]) });
    const { classes } = await predictClasses(model, { x: Float32Array.from([-3, 0, 3]) });
    expect(Array.from(classes)).toEqual(Array.from(probabilities, (p) => (p >= 0.5 ? 1 : 0)));
    model.dispose();
  });
});
