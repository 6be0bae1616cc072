import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ShapeError } from '../errors/shape-error';
import { InputLayer } from './input-layer';
import { deserializeLayer, serializeLayer } from './layer-registry';

describe('InputLayer', () => {
  it('passes samples of its shape through and rejects others', async () => {
    const start = tf.memory().numTensors;
    const layer = new InputLayer({ shape: [2, 3] });
    const x = tf.tensor3d([0, 1, 2, 3, 4, 5], [1, 2, 3]);
    const y = layer.apply(x);
    expect(Array.from(await y.data())).toEqual([0, 1, 2, 3, 4, 5]);
    expect(layer.outputShape).toEqual([2, 3]);
    expect(() => layer.computeOutputShape([3, 2])).toThrow(ShapeError);
    tf.dispose([x, y]);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('round-trips its config and validates the shape', () => {
    const layer = new InputLayer({ shape: [28, 28, 1] });
    expect(layer.getConfig()).toEqual({ name: 'input', trainable: true, shape: [28, 28, 1] });
    expect(deserializeLayer(serializeLayer(layer)).getConfig()).toEqual(layer.getConfig());
    expect(() => new InputLayer({ shape: [] })).toThrow(InvalidOptionError);
    expect(() => new InputLayer({ shape: [28, -1] })).toThrow(/`shape\[1\]` must be a positive integer/);
  });
});
