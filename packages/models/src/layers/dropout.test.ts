import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { Dropout } from './dropout';
import { deserializeLayer, serializeLayer } from './layer-registry';

describe('Dropout', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  const run = async (layer: Dropout, training: boolean, size = 1000) => {
    const x = tf.ones([1, size]);
    const y = layer.apply(x, { training });
    const values = Array.from(await y.data());
    tf.dispose([x, y]);
    return values;
  };

  it('drops about `rate` of the inputs in training and scales the rest by 1 / (1 - rate)', async () => {
    const values = await run(new Dropout({ rate: 0.25, seed: 1 }), true, 20_000);
    const kept = values.filter((v) => v !== 0);
    expect(new Set(kept)).toEqual(new Set([Math.fround(1 / 0.75)]));
    expect(kept.length / values.length).toBeCloseTo(0.75, 1.5);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(1, 1);
  });

  it('passes inputs through unchanged at inference', async () => {
    expect(await run(new Dropout({ rate: 0.5, seed: 1 }), false)).toEqual(new Array(1000).fill(1));
  });

  it('draws a new mask per call and replays the sequence after a re-seed', async () => {
    const layer = new Dropout({ rate: 0.5, seed: 9 });
    const first = await run(layer, true);
    const second = await run(layer, true);
    expect(second).not.toEqual(first);
    layer.setSeed(9);
    expect(await run(layer, true)).toEqual(first);
    expect(await run(layer, true)).toEqual(second);
    const other = new Dropout({ rate: 0.5, seed: 9 });
    expect(await run(other, true)).toEqual(first);
    other.setSeed(10);
    expect(await run(other, true)).not.toEqual(first);
  });

  it('round-trips its config, seed included, and validates the rate', () => {
    const layer = new Dropout({ rate: 0.1, seed: 5 });
    expect(layer.computeOutputShape([13, 13, 10])).toEqual([13, 13, 10]);
    expect(layer.getConfig()).toEqual({ name: 'dropout', trainable: true, rate: 0.1, seed: 5 });
    expect(deserializeLayer(serializeLayer(layer)).getConfig()).toEqual(layer.getConfig());
    expect(() => new Dropout({ rate: 1 })).toThrow(InvalidOptionError);
    expect(() => new Dropout({ rate: -0.1 })).toThrow(/must be a number in \[0, 1\)\. Received: rate=-0\.1$/);
    expect(() => new Dropout({ rate: 0.5, seed: Number.NaN })).toThrow(InvalidOptionError);
  });
});
