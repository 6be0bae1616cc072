import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { countCorrect } from './accuracy';
import { checkLoss, computeLoss, defaultLoss } from './loss';

function lossOf(
  name: Parameters<typeof computeLoss>[0],
  targets: number[][],
  probabilities: number[][],
): number {
  return tf.tidy(() => computeLoss(name, tf.tensor2d(probabilities), tf.tensor2d(targets)).dataSync()[0]!);
}

function correctOf(
  name: Parameters<typeof countCorrect>[0],
  targets: number[][],
  probabilities: number[][],
): number {
  return tf.tidy(() => countCorrect(name, tf.tensor2d(probabilities), tf.tensor2d(targets)).dataSync()[0]!);
}

describe('losses and accuracy from probabilities, as Keras computes them', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  // The figures in the docstrings of tf.keras.losses / tf.keras.metrics (TF 2.x).
  it('categorical cross-entropy: 1.177 on the Keras example', () => {
    const before = tf.memory().numTensors;
    const loss = lossOf(
      'categoricalCrossentropy',
      [
        [0, 1, 0],
        [0, 0, 1],
      ],
      [
        [0.05, 0.95, 0],
        [0.1, 0.8, 0.1],
      ],
    );
    expect(loss).toBeCloseTo(1.177, 3);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('binary cross-entropy: 0.815 on the Keras example', () => {
    const loss = lossOf(
      'binaryCrossentropy',
      [
        [0, 1],
        [0, 0],
      ],
      [
        [0.6, 0.4],
        [0.4, 0.6],
      ],
    );
    expect(loss).toBeCloseTo(0.815, 3);
  });

  it('categorical accuracy 0.5 and binary accuracy 0.75 on the Keras examples', () => {
    const categorical = correctOf(
      'categoricalCrossentropy',
      [
        [0, 0, 1],
        [0, 1, 0],
      ],
      [
        [0.1, 0.9, 0.8],
        [0.05, 0.95, 0],
      ],
    );
    expect(categorical / 2).toBe(0.5);
    const binary = correctOf('binaryCrossentropy', [[1], [1], [0], [0]], [[0.98], [1], [0], [0.6]]);
    expect(binary / 4).toBe(0.75);
  });

  it('clips probabilities so a confident mistake costs -log(1e-7), not Infinity', () => {
    const loss = lossOf('categoricalCrossentropy', [[1, 0]], [[0, 1]]);
    expect(loss).toBeCloseTo(-Math.log(1e-7), 4);
  });

  it('keeps NaN probabilities NaN on every backend (wasm clipping alone would hide them)', async () => {
    for (const backend of ['cpu', 'wasm']) {
      await tf.setBackend(backend);
      expect(lossOf('binaryCrossentropy', [[1]], [[Number.NaN]])).toBeNaN();
      expect(lossOf('categoricalCrossentropy', [[1, 0]], [[Number.NaN, 0.5]])).toBeNaN();
    }
    await tf.setBackend('cpu');
  });

  it('defaults to binary for one unit and sparse categorical otherwise; refuses a mismatch', () => {
    expect(defaultLoss(1)).toBe('binaryCrossentropy');
    expect(defaultLoss(10)).toBe('sparseCategoricalCrossentropy');
    expect(() => checkLoss('fit', 'categoricalCrossentropy', 1)).toThrow(InvalidOptionError);
    expect(() => checkLoss('fit', 'mse', 10)).toThrow(/Received: loss="mse"$/);
  });
});
