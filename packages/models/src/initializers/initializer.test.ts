import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeFans } from './compute-fans';
import { type InitializerName, initializers, isInitializerName } from './initializer';

const values = async (tensor: tf.Tensor) => {
  const data = Array.from(await tensor.data());
  tensor.dispose();
  return data;
};

const variance = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
};

describe('initializers', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it('compute fans as Keras: dense [in, out], convolution kernels times the receptive field', () => {
    expect(computeFans([784, 300])).toEqual({ fanIn: 784, fanOut: 300 });
    expect(computeFans([3, 3, 1, 32])).toEqual({ fanIn: 9, fanOut: 288 });
    expect(computeFans([10])).toEqual({ fanIn: 10, fanOut: 10 });
  });

  it.each(['glorotUniform', 'heUniform'] as const)(
    '%s equals tfjs-layers’ with the same seed',
    async (name) => {
      const theirs = tfl.initializers[name]({ seed: 11 }).apply([3, 3, 4, 8]);
      expect(await values(initializers[name]([3, 3, 4, 8], 11))).toEqual(await values(theirs));
    },
  );

  it.each(['glorotNormal', 'heNormal'] as const)(
    '%s is tfjs-layers’ truncated normal rescaled as Keras does (÷ 0.8796)',
    async (name) => {
      const ours = await values(initializers[name]([20, 30], 5));
      const theirs = await values(tfl.initializers[name]({ seed: 5 }).apply([20, 30]));
      ours.forEach((value, i) => {
        expect(value).toBeCloseTo(theirs[i]! / 0.8796256610342398, 5);
      });
    },
  );

  it.each([
    ['glorotUniform', 2 / (400 + 200)],
    ['glorotNormal', 2 / (400 + 200)],
    ['heNormal', 2 / 400],
    ['heUniform', 2 / 400],
  ] as const)('%s has Keras’ variance', async (name, expected) => {
    const sample = await values(initializers[name]([400, 200], 1));
    expect(variance(sample) / expected).toBeCloseTo(1, 1);
  });

  it('bounds the normal ones at two standard deviations and the uniform ones at sqrt(3 variance)', async () => {
    const stddev = Math.sqrt(2 / 400) / 0.8796256610342398;
    const normal = await values(initializers.heNormal([400, 10], 2));
    expect(Math.max(...normal.map(Math.abs))).toBeLessThanOrEqual(2 * stddev + 1e-6);
    const uniform = await values(initializers.glorotUniform([400, 200], 2));
    expect(Math.max(...uniform.map(Math.abs))).toBeLessThanOrEqual(Math.sqrt(6 / 600));
  });

  it.each(Object.keys(initializers) as InitializerName[])('%s is deterministic per seed', async (name) => {
    const a = await values(initializers[name]([6, 5], 1));
    expect(await values(initializers[name]([6, 5], 1))).toEqual(a);
    const b = await values(initializers[name]([6, 5], 2));
    if (name === 'zeros' || name === 'ones') expect(b).toEqual(new Array(30).fill(name === 'ones' ? 1 : 0));
    else expect(b).not.toEqual(a);
  });

  it('recognizes its names', () => {
    expect(isInitializerName('heNormal')).toBe(true);
    expect(isInitializerName('toString')).toBe(false);
  });
});
