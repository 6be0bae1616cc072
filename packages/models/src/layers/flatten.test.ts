import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithTfjsLayers, randomBatch } from '../../test-support/tfjs-layers-parity';
import { Flatten } from './flatten';
import { deserializeLayer, serializeLayer } from './layer-registry';

describe('Flatten', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it('flattens row-major, channels last, as tfjs-layers does', async () => {
    const result = await compareWithTfjsLayers(
      new Flatten(),
      tfl.layers.flatten(),
      randomBatch([3, 5, 5, 16]),
    );
    expect(result.oursShape).toEqual([3, 400]);
    expect(result.theirsShape).toEqual([3, 400]);
    expect(result.maxDifference).toBe(0);
  });

  it('computes its output shape and round-trips its config', () => {
    const layer = new Flatten({ name: 'f', trainable: false });
    expect(layer.computeOutputShape([26, 26, 32])).toEqual([21632]);
    expect(layer.getConfig()).toEqual({ name: 'f', trainable: false });
    expect(deserializeLayer(serializeLayer(layer)).getConfig()).toEqual(layer.getConfig());
  });
});
