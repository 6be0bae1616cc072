import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createModel, type ModelName } from '../catalog/model-catalog';

/** Seeded weights and predictions of a catalog model on one backend. */
async function run(backend: string, name: ModelName) {
  await tf.setBackend(backend);
  const start = tf.memory().numTensors;
  const model = createModel(name, { seed: 5 });
  const x = tf.randomUniform([3, ...model.inputShape], 0, 1, 'float32', 6);
  const weights = model.getWeights();
  const y = model.predict(x);
  const result = {
    weights: await Promise.all(weights.map(async (w) => Array.from(await w.data()))),
    predictions: Array.from(await y.data()),
  };
  tf.dispose([x, y, ...weights]);
  model.dispose();
  expect(tf.memory().numTensors).toBe(start);
  return result;
}

describe('backends', () => {
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each<ModelName>(['tiny-cnn', 'lenet5', 'scratch-mlp'])(
    '%s draws the same seeded weights and predicts the same on cpu and wasm',
    async (name) => {
      const cpu = await run('cpu', name);
      const wasm = await run('wasm', name);
      expect(wasm.weights).toEqual(cpu.weights);
      wasm.predictions.forEach((value, i) => {
        expect(value).toBeCloseTo(cpu.predictions[i]!, 5);
      });
    },
  );
});
