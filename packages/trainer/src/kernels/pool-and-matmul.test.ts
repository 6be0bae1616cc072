import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerTrainerKernels } from './register-trainer-kernels';

interface PoolCase {
  shape: [number, number, number, number];
  filterSize: [number, number];
  strides: [number, number];
  pad: 'valid' | 'same';
}

// The pools of our models (2x2 stride 2, valid and same) and overlapping or uneven ones.
const poolCases: PoolCase[] = [
  { shape: [2, 8, 8, 3], filterSize: [2, 2], strides: [2, 2], pad: 'valid' },
  { shape: [3, 7, 9, 2], filterSize: [2, 2], strides: [2, 2], pad: 'same' },
  { shape: [1, 9, 7, 4], filterSize: [3, 3], strides: [2, 2], pad: 'same' },
  { shape: [2, 6, 5, 1], filterSize: [3, 2], strides: [1, 1], pad: 'valid' },
];

const matMulCases: { a: number[]; b: number[]; transposeA: boolean; transposeB: boolean }[] = [
  { a: [5, 7], b: [5, 3], transposeA: true, transposeB: false },
  { a: [5, 7], b: [3, 7], transposeA: false, transposeB: true },
  { a: [7, 5], b: [3, 7], transposeA: true, transposeB: true },
  { a: [2, 4, 6], b: [2, 4, 3], transposeA: true, transposeB: false },
  { a: [6, 4], b: [4, 3], transposeA: false, transposeB: false },
];

function maxPoolGradient(testCase: PoolCase, seed: number): Float32Array {
  return tf.tidy(() => {
    // Rounded values make ties common, so the tie-breaking rule is checked too.
    const x = tf.round(tf.mul(tf.randomNormal(testCase.shape, 0, 1, 'float32', seed), 2));
    const output = tf.maxPool(x as tf.Tensor4D, testCase.filterSize, testCase.strides, testCase.pad);
    const dy = tf.randomNormal(output.shape, 0, 1, 'float32', seed + 1);
    const attrs = { filterSize: testCase.filterSize, strides: testCase.strides, pad: testCase.pad };
    return (
      tf.engine().runKernel('MaxPoolGrad', { dy, input: x, output }, attrs as never) as tf.Tensor
    ).dataSync() as Float32Array;
  });
}

function product(testCase: (typeof matMulCases)[number], seed: number): Float32Array {
  return tf.tidy(() => {
    const a = tf.randomNormal(testCase.a, 0, 1, 'float32', seed);
    const b = tf.randomNormal(testCase.b, 0, 1, 'float32', seed + 1);
    return tf.matMul(a, b, testCase.transposeA, testCase.transposeB).dataSync() as Float32Array;
  });
}

describe('supplementary MaxPoolGrad and BatchMatMul kernels', () => {
  const poolReferences: Float32Array[] = [];
  const matMulReferences: Float32Array[] = [];

  beforeAll(async () => {
    await tf.setBackend('cpu');
    poolCases.forEach((testCase, i) => void poolReferences.push(maxPoolGradient(testCase, 10 * i + 1)));
    matMulCases.forEach((testCase, i) => void matMulReferences.push(product(testCase, 10 * i + 1)));
  });

  it.each(['wasm', 'cpu'])(
    'MaxPoolGrad on %s matches the stock cpu kernel, ties included',
    async (backend) => {
      await tf.setBackend(backend);
      registerTrainerKernels(backend);
      const before = tf.memory().numTensors;
      poolCases.forEach((testCase, i) => {
        // Overlapping windows sum several gradients into one input, in another order than the stock kernel.
        const result = maxPoolGradient(testCase, 10 * i + 1);
        expect(result).toHaveLength(poolReferences[i]!.length);
        for (const [j, value] of result.entries()) expect(value).toBeCloseTo(poolReferences[i]![j]!, 5);
      });
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('the wasm BatchMatMul wrapper matches the stock cpu product for every transpose', async () => {
    await tf.setBackend('wasm');
    registerTrainerKernels('wasm');
    const before = tf.memory().numTensors;
    matMulCases.forEach((testCase, i) => {
      const result = product(testCase, 10 * i + 1);
      for (const [j, value] of result.entries()) expect(value).toBeCloseTo(matMulReferences[i]![j]!, 5);
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('registering twice keeps one wrapper (idempotent)', async () => {
    await tf.setBackend('wasm');
    registerTrainerKernels('wasm');
    const kernel = tf.getKernel('BatchMatMul', 'wasm');
    registerTrainerKernels('wasm');
    expect(tf.getKernel('BatchMatMul', 'wasm')).toBe(kernel);
  });
});
