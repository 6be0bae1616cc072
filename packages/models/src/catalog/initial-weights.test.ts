import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModel } from './model-catalog';

// The committed lab results in apps/docs/results were trained from these initial weights: the weight-init
// stream (`childSeed` of the model seed, per layer and weight) must not change, or they stop being
// reproducible. Values: the first three entries of every weight, seed 42, as float32.
const pinned = {
  'xor-mlp': [
    [0.5759634375572205, 0.3420868217945099, -0.4239142835140228],
    [0, 0, 0],
    [0.09528603404760361, 0.7773865461349487, 0.31945544481277466],
    [0, 0],
  ],
  'scratch-mlp': [
    [0.051294442266225815, 0.032060734927654266, 0.041358619928359985],
    [0, 0, 0],
    [0.09252499043941498, 0.05495414882898331, -0.06809923052787781],
    [0, 0, 0],
  ],
  'dropout-cnn': [
    [0.09452826529741287, 0.05614396929740906, -0.06957365572452545],
    [0, 0, 0],
    [0.0050344886258244514, -0.0022582635283470154, -0.013145786710083485],
    [0, 0, 0],
    [0.17254838347434998, -0.15422028303146362, -0.17624181509017944],
    [0, 0, 0],
  ],
} as const;

describe('initial weights of a seed', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(Object.keys(pinned) as (keyof typeof pinned)[])('of %s are the pinned ones', (name) => {
    const start = tf.memory().numTensors;
    const model = createModel(name, { seed: 42 });
    const weights = model.getWeights();
    expect(weights.map((weight) => Array.from(weight.dataSync().slice(0, 3)))).toEqual(pinned[name]);
    tf.dispose(weights);
    model.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });
});
