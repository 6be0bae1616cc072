import { loadDigits } from '@digitlab/datasets';
import { setupBackend } from '@digitlab/trainer';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyDigit, trainDrawModel } from './draw-model';

beforeAll(async () => {
  await setupBackend('cpu');
});

describe('the draw-a-digit model, run in Node on the cpu backend', () => {
  it('trains on the digits and classifies single 8x8 images of counts 0..16', {
    timeout: 60_000,
  }, async () => {
    const before = tf.memory().numTensors;
    const accuracies: number[] = [];
    const model = await trainDrawModel({
      epochs: 4,
      onEpoch: (_, __, accuracy) => void accuracies.push(accuracy),
    });
    expect(accuracies).toHaveLength(4);
    const digits = loadDigits();
    let correct = 0;
    for (let index = 0; index < 50; index++) {
      const features = Float32Array.from(digits.images.subarray(index * 64, index * 64 + 64));
      const probabilities = await classifyDigit(model, features);
      expect(probabilities).toHaveLength(10);
      expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 5);
      if (probabilities.indexOf(Math.max(...probabilities)) === digits.labels[index]) correct++;
    }
    expect(correct).toBeGreaterThanOrEqual(40);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
