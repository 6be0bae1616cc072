import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeakedTensors } from '../../test-support/expect-no-leaked-tensors';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { xorSamples } from '../../test-support/xor-samples';
import { setupBackend } from '../backend/setup-backend';
import { TrainingDataError } from '../errors/training-data-error';
import { evaluate } from '../training/evaluate';
import { fit } from '../training/fit';
import { predict } from '../training/predict';
import { readTensorSamples } from './read-tensor-samples';

const options = { epochs: 3, batchSize: 16, optimizer: 'adam', learningRate: 0.05, seed: 5 } as const;

describe('tf.Tensor inputs', () => {
  beforeAll(async () => {
    await setupBackend('cpu');
  }, 60_000);
  expectNoLeakedTensors();

  it.each(['cpu', 'wasm'] as const)(
    'fit, evaluate and predict on %s give what the same typed arrays give',
    async (backend) => {
      await setupBackend(backend);
      const arrays = xorSamples(120, 1);
      const test = xorSamples(40, 2);
      const x = tf.tensor2d(arrays.x, [120, 2]);
      const y = tf.tensor1d(arrays.y, 'int32');
      const oneHot = tf.tidy(() => tf.cast(tf.oneHot(y, 2), 'float32'));
      const testX = tf.tensor2d(test.x, [40, 2]);
      const testY = tf.tensor1d(test.y, 'float32');
      const results = [];
      for (const [train, validation, testData] of [
        [arrays, test, test],
        [
          { x, y },
          { x: testX, y: testY },
          { x: testX, y: testY },
        ],
        [
          { x, y: oneHot },
          { x: testX, y: testY },
          { x: testX, y: testY },
        ],
      ] as const) {
        const model = createTinyMlp({ units: [2, 8, 2], seed: 3 });
        const history = await fit(model, train, { ...options, validationData: validation });
        const scores = await evaluate(model, testData);
        const outputs = await predict(model, { x: testData.x });
        results.push({ history: history.history, scores, probabilities: outputs.probabilities });
        model.dispose();
      }
      expect(results[1]).toEqual(results[0]);
      expect(results[2]).toEqual(results[0]);
      // The caller's tensors are neither disposed nor changed.
      expect(Array.from(await x.data())).toEqual(Array.from(arrays.x));
      tf.dispose([x, y, oneHot, testX, testY]);
    },
  );

  it('reads a float32 tensor without copying it on the cpu backend', async () => {
    await setupBackend('cpu');
    const x = tf.tensor2d([0, 1, 2, 3], [2, 2]);
    const samples = await readTensorSamples({ x, maxValue: 3 }, 'data');
    expect(samples).toEqual({ x: Float32Array.of(0, 1, 2, 3), maxValue: 3 });
    expect('x' in samples && samples.x).toBe(await x.data());
    x.dispose();
  });

  it('refuses disposed, string and mismatched tensors with TrainingDataError', async () => {
    await setupBackend('cpu');
    const model = createTinyMlp({ units: [2, 3, 2], seed: 1 });
    const disposed = tf.tensor2d([1, 2], [1, 2]);
    disposed.dispose();
    const x = tf.tensor2d([1, 2, 3, 4], [2, 2]);
    const y = tf.tensor1d([0, 1, 1], 'int32');
    const text = tf.tensor(['a', 'b']);
    await expect(predict(model, { x: disposed })).rejects.toThrow(
      'Expected `data.x` to be a live tensor; keep it until the call resolves. Received: a disposed tensor',
    );
    await expect(evaluate(model, { x, y })).rejects.toThrow(
      'Expected `data.y` to be one row per sample of data.x (2); give the features and targets the same first ' +
        'dimension. Received: x.shape=[2,2], y.shape=[3]',
    );
    await expect(fit(model, { x: text, y })).rejects.toThrow(TrainingDataError);
    tf.dispose([x, y, text]);
    model.dispose();
  });
});
