import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithTfjsLayers, randomBatch } from '../../test-support/tfjs-layers-parity';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ShapeError } from '../errors/shape-error';
import { AveragePooling2D } from './average-pooling2d';
import { deserializeLayer, serializeLayer } from './layer-registry';
import { MaxPooling2D } from './max-pooling2d';
import type { Pooling2DOptions } from './pooling2d';

const cases: [string, Pooling2DOptions, number[], number[]][] = [
  ['2x2 valid', {}, [7, 7, 3], [3, 3, 3]],
  ['2x2 same', { padding: 'same' }, [7, 7, 3], [4, 4, 3]],
  ['3x3 stride 2 valid', { poolSize: 3, strides: 2 }, [9, 8, 2], [4, 3, 2]],
  ['3x3 stride 2 same', { poolSize: 3, strides: 2, padding: 'same' }, [9, 8, 2], [5, 4, 2]],
  ['2x3 stride 1 same', { poolSize: [2, 3], strides: 1, padding: 'same' }, [5, 5, 1], [5, 5, 1]],
];

describe.each([
  ['MaxPooling2D', MaxPooling2D, tfl.layers.maxPooling2d],
  ['AveragePooling2D', AveragePooling2D, tfl.layers.averagePooling2d],
] as const)('%s', (name, Ours, theirs) => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it.each(cases)(`%s matches tfjs-layers’ ${name}`, async (_, options, input, output) => {
    const ours = new Ours(options);
    expect(ours.computeOutputShape(input)).toEqual(output);
    const other = theirs({
      poolSize: options.poolSize as number | [number, number] | undefined,
      strides: options.strides as number | [number, number] | undefined,
      padding: options.padding,
    });
    const result = await compareWithTfjsLayers(ours, other, randomBatch([2, ...input]));
    expect(result.oursShape).toEqual([2, ...output]);
    expect(result.theirsShape).toEqual(result.oursShape);
    expect(result.maxDifference).toBeLessThan(1e-6);
  });

  it('has no weights, defaults strides to the pool size and round-trips its config', () => {
    const layer = new Ours({ poolSize: 3, name: 'p' });
    layer.build([9, 9, 2]);
    expect(layer.countParams()).toBe(0);
    expect(layer.outputShape).toEqual([3, 3, 2]);
    expect(layer.getConfig()).toEqual({
      name: 'p',
      trainable: true,
      poolSize: [3, 3],
      strides: [3, 3],
      padding: 'valid',
    });
    const copy = deserializeLayer(serializeLayer(layer));
    expect(copy).toBeInstanceOf(Ours);
    expect(copy.getConfig()).toEqual(layer.getConfig());
    layer.dispose();
  });

  it('validates its options and input', () => {
    expect(() => new Ours({ poolSize: 0 })).toThrow(InvalidOptionError);
    expect(() => new Ours({ strides: [1, 2, 3] as never })).toThrow(InvalidOptionError);
    expect(() => new Ours().computeOutputShape([10, 10])).toThrow(ShapeError);
    expect(() => new Ours({ poolSize: 4 }).computeOutputShape([3, 3, 1])).toThrow(/window does not fit/);
  });
});
