import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, it } from 'vitest';
import { expectCloseWeights } from '../../test-support/expect-close-weights';
import { expectNoLeakedTensors } from '../../test-support/expect-no-leaked-tensors';
import { type ConvolutionGeometry, convolutionModel, syntheticSamples } from '../../test-support/test-models';
import { setupBackend } from '../backend/setup-backend';
import { createOptimizer } from '../optimizers/create-optimizer';
import { fit } from '../training/fit';

const valid = { stride: 1, padding: 'valid', pool: 2, poolStride: 2, poolPadding: 'valid' } as const;
// conv-fields.test.ts checks which of these the engine reads from the image.
const cases: [string, ConvolutionGeometry][] = [
  ['read from the image: 2 tiles a row, 3 channels, 5 filters', { ...valid, kernel: 3, shape: [6, 10, 3] }],
  [
    'read from the image with stride 2: 4x8 outputs of a 9x17 image',
    { ...valid, kernel: 3, stride: 2, shape: [9, 17, 2] },
  ],
  [
    "'same' 2x2, padded on the right and bottom only: through im2col",
    { ...valid, kernel: 2, padding: 'same', shape: [5, 8, 2] },
  ],
  [
    "LeNet's conv1 shape: backward chunks of 4 samples, the last of 3",
    { ...valid, kernel: 5, shape: [28, 28, 1] },
  ],
  // Fields of more than 64 values take the filter gradient transposed (dy^T x fields), read from the
  // image or through im2col.
  ['a field of 75 values read from the image', { ...valid, kernel: 5, shape: [12, 12, 3] }],
  [
    "a field of 75 values, 'same' padding: through im2col",
    { ...valid, kernel: 5, padding: 'same', shape: [8, 8, 3] },
  ],
];

/** The change of every weight over one epoch of large SGD steps (60 samples, batches of 30, 2 threads). */
async function updates(geometry: ConvolutionGeometry, engine: 'fused' | 'tfjs'): Promise<Float32Array[]> {
  const model = convolutionModel(geometry, { pooling: 'max', activation: 'relu', seed: 5 });
  const read = () => {
    const weights = model.getWeights();
    const values = weights.map((tensor) => Float32Array.from(tensor.dataSync()));
    tf.dispose(weights);
    return values;
  };
  const before = read();
  const size = geometry.shape.reduce((product, value) => product * value, 1);
  const optimizer = createOptimizer({ name: 'sgd', learningRate: 0.5 });
  await fit(model, syntheticSamples(60, size, 7, 9), {
    epochs: 1,
    batchSize: 30,
    seed: 3,
    optimizer,
    engine,
    threads: 2,
  });
  const after = read();
  optimizer.dispose();
  model.dispose();
  return after.map((values, i) => values.map((value, j) => value - before[i]![j]!));
}

// Comparing the updates, not the weights: a model near chance moves its weights by a hair, so an edge
// pixel read wrong in the forward pass hid within the weights' tolerance.
describe('convolutions read from the image train as tfjs ops do', () => {
  beforeAll(async () => {
    await setupBackend('cpu');
  }, 60_000);
  expectNoLeakedTensors();

  for (const [label, geometry] of cases) {
    it(`${label}: the same weight updates`, async () => {
      expectCloseWeights(await updates(geometry, 'fused'), await updates(geometry, 'tfjs'), 1e-4, 'update');
    }, 120_000);
  }
});
