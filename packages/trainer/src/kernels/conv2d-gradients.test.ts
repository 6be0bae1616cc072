import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { createRandom } from '@digitlab/datasets';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { KernelInputError } from '../errors/kernel-input-error';
import { registerTrainerKernels } from './register-trainer-kernels';

interface Case {
  batch: number;
  size: [number, number];
  inChannels: number;
  outChannels: number;
  kernel: [number, number];
  strides: [number, number];
  pad: 'valid' | 'same';
}

// Every stride and padding our layers use, odd and even sizes (so `same` pads unevenly), batch 1 and more.
const cases: Case[] = [];
const random = createRandom(7);
for (const pad of ['valid', 'same'] as const) {
  for (const stride of [1, 2]) {
    for (let repeat = 0; repeat < 3; repeat++) {
      cases.push({
        batch: 1 + random.int(4),
        size: [5 + random.int(6), 5 + random.int(6)],
        inChannels: 1 + random.int(4),
        outChannels: 1 + random.int(5),
        kernel: [1 + random.int(5), 1 + random.int(5)],
        strides: [stride, stride === 2 && repeat === 2 ? 1 : stride],
        pad,
      });
    }
  }
}

function tensors(testCase: Case, seed: number) {
  const { batch, size, inChannels, outChannels, kernel, strides, pad } = testCase;
  const x = tf.randomNormal([batch, ...size, inChannels], 0, 1, 'float32', seed) as tf.Tensor4D;
  const filter = tf.randomNormal(
    [...kernel, inChannels, outChannels],
    0,
    1,
    'float32',
    seed + 1,
  ) as tf.Tensor4D;
  const forward = tf.conv2d(x, filter, strides, pad);
  const outShape = forward.shape;
  forward.dispose();
  const dy = tf.randomNormal(outShape, 0, 1, 'float32', seed + 2) as tf.Tensor4D;
  return { x, filter, dy };
}

function gradients(testCase: Case, seed: number): { filter: Float32Array; input: Float32Array } {
  const { strides, pad, kernel, inChannels, outChannels } = testCase;
  const { x, filter, dy } = tensors(testCase, seed);
  const attrs = { strides, pad, dataFormat: 'NHWC', dimRoundingMode: undefined };
  const dw = tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, {
    ...attrs,
    filterShape: [...kernel, inChannels, outChannels],
  } as never) as tf.Tensor;
  const dx = tf.engine().runKernel('Conv2DBackpropInput', { dy, filter }, {
    ...attrs,
    inputShape: x.shape,
  } as never) as tf.Tensor;
  const result = { filter: dw.dataSync() as Float32Array, input: dx.dataSync() as Float32Array };
  tf.dispose([x, filter, dy, dw, dx]);
  return result;
}

function expectClose(actual: Float32Array, expected: Float32Array): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!) / Math.max(1, Math.abs(expected[i]!)));
  }
  expect(worst).toBeLessThan(1e-5);
}

describe('supplementary Conv2D gradient kernels', () => {
  const references: { filter: Float32Array; input: Float32Array }[] = [];

  beforeAll(async () => {
    await tf.setBackend('cpu');
    for (const [index, testCase] of cases.entries()) references.push(gradients(testCase, 100 * index + 1));
  });

  it.each(cases.map((testCase, index) => [index, testCase] as const))(
    'wasm matches the stock cpu kernels, case %i %o',
    async (index, testCase) => {
      await tf.setBackend('wasm');
      registerTrainerKernels('wasm');
      const before = tf.memory().numTensors;
      const result = gradients(testCase, 100 * index + 1);
      expectClose(result.filter, references[index]!.filter);
      expectClose(result.input, references[index]!.input);
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('the faster cpu Conv2DBackpropFilter matches the stock one', async () => {
    await tf.setBackend('cpu');
    registerTrainerKernels('cpu');
    const before = tf.memory().numTensors;
    for (const [index, testCase] of cases.entries()) {
      expectClose(gradients(testCase, 100 * index + 1).filter, references[index]!.filter);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('frees its intermediate buffers on wasm', async () => {
    await tf.setBackend('wasm');
    registerTrainerKernels('wasm');
    const buffers = (tf.backend() as unknown as { numDataIds(): number }).numDataIds();
    gradients(cases[5]!, 1);
    expect((tf.backend() as unknown as { numDataIds(): number }).numDataIds()).toBe(buffers);
  });

  it('rejects channels-first data with a KernelInputError', async () => {
    await tf.setBackend('wasm');
    registerTrainerKernels('wasm');
    const before = tf.memory().numTensors;
    const x = tf.zeros([1, 1, 4, 4]);
    const dy = tf.zeros([1, 1, 4, 4]);
    const run = () =>
      tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, {
        strides: 1,
        pad: 'same',
        dataFormat: 'NCHW',
        filterShape: [3, 3, 1, 1],
      } as never);
    expect(run).toThrow(KernelInputError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ kernelName: 'Conv2DBackpropFilter', backendName: 'wasm' });
    }
    tf.dispose([x, dy]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
