import { setupBackend } from '@digitlab/trainer';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDigits } from './analyse-digits';
import { createDigitsExample } from './digits-example';
import { trainDigits } from './train-digits';

beforeAll(async () => {
  await setupBackend('cpu');
});

describe('the live digits example, run in Node on the cpu backend', () => {
  it('splits the embedded digits as scikit-learn would: 1,437 to train, 360 to test, stratified', () => {
    const example = createDigitsExample();
    expect([example.train.count, example.test.count]).toEqual([1437, 360]);
    expect(example.model.countParams()).toBe(650);
    expect(createDigitsExample({ model: 'one-stage-cnn' }).model.countParams()).toBe(510);
  });

  it('trains with validation curves, then scores the test digits', { timeout: 60_000 }, async () => {
    const before = tf.memory().numTensors;
    const example = createDigitsExample();
    const valAccuracy: number[] = [];
    const history = await trainDigits(example, {
      epochs: 3,
      onEpoch: (epoch) => void valAccuracy.push(epoch.valAccuracy),
    });
    expect(history.history.val_accuracy).toEqual(valAccuracy);
    const analysis = await analyseDigits(example);
    expect(analysis.confusion.labels).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(analysis.confusion.matrix.flat().reduce((sum, count) => sum + count, 0)).toBe(360);
    expect(analysis.report.dict.accuracy).toBeCloseTo(analysis.accuracy, 12);
    // The accuracy the page prints is the trainer's own validation accuracy after the last epoch.
    expect(analysis.accuracy).toBeCloseTo(valAccuracy.at(-1)!, 6);
    expect(analysis.accuracy).toBeGreaterThan(0.8);
    example.model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
