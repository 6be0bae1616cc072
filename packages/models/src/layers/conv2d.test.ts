import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithTfjsLayers, randomBatch } from '../../test-support/tfjs-layers-parity';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ShapeError } from '../errors/shape-error';
import { Conv2D, type Conv2DOptions } from './conv2d';
import { deserializeLayer, serializeLayer } from './layer-registry';

describe('Conv2D', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  const cases: [string, Omit<Conv2DOptions, 'filters'>, number[], number[]][] = [
    ['3x3 valid', { kernelSize: 3 }, [7, 7, 3], [5, 5, 4]],
    ['3x3 same', { kernelSize: 3, padding: 'same' }, [7, 7, 3], [7, 7, 4]],
    ['3x3 valid stride 2', { kernelSize: 3, strides: 2 }, [8, 8, 2], [3, 3, 4]],
    ['3x3 same stride 2', { kernelSize: 3, strides: 2, padding: 'same' }, [7, 7, 2], [4, 4, 4]],
    ['2x3 same strides 2x1', { kernelSize: [2, 3], strides: [2, 1], padding: 'same' }, [5, 6, 1], [3, 6, 4]],
    ['5x5 valid, relu', { kernelSize: 5, activation: 'relu' }, [9, 8, 2], [5, 4, 4]],
  ];

  it.each(cases)(
    '%s matches tfjs-layers’ Conv2D with the same weights',
    async (_, options, input, output) => {
      const ours = new Conv2D({ filters: 4, ...options, biasInitializer: 'glorotUniform' });
      expect(ours.computeOutputShape(input)).toEqual(output);
      const theirs = tfl.layers.conv2d({
        filters: 4,
        kernelSize: options.kernelSize as number | number[],
        strides: options.strides as number | number[] | undefined,
        padding: options.padding,
        activation: options.activation as 'relu' | undefined,
      });
      const result = await compareWithTfjsLayers(ours, theirs, randomBatch([2, ...input]));
      expect(result.oursShape).toEqual([2, ...output]);
      expect(result.theirsShape).toEqual(result.oursShape);
      expect(result.maxDifference).toBeLessThan(1e-5);
    },
  );

  it('has a [kh, kw, in, filters] kernel and a bias per filter', () => {
    const layer = new Conv2D({ filters: 32, kernelSize: 3 });
    layer.build([28, 28, 1], 1);
    expect(layer.weights.map(({ name, variable }) => [name, variable.shape])).toEqual([
      ['conv2d/kernel', [3, 3, 1, 32]],
      ['conv2d/bias', [32]],
    ]);
    expect(layer.countParams()).toBe(320);
    layer.dispose();
  });

  it('round-trips its config', () => {
    const layer = new Conv2D({ name: 'c', filters: 3, kernelSize: [2, 3], strides: 2, padding: 'same' });
    const copy = deserializeLayer(serializeLayer(layer));
    expect(copy).toBeInstanceOf(Conv2D);
    expect(copy.getConfig()).toEqual(layer.getConfig());
    expect(layer.getConfig()).toEqual({
      name: 'c',
      trainable: true,
      filters: 3,
      kernelSize: [2, 3],
      strides: [2, 2],
      padding: 'same',
      activation: 'linear',
      useBias: true,
      kernelInitializer: 'glorotUniform',
      biasInitializer: 'zeros',
    });
  });

  it('validates its options and input shape', () => {
    expect(() => new Conv2D({ filters: 0, kernelSize: 3 })).toThrow(InvalidOptionError);
    expect(() => new Conv2D({ filters: 2, kernelSize: [3] as never })).toThrow(
      /`kernelSize` must be a positive integer or a \[height, width\] pair of them\. Received: kernelSize=\[3\]$/,
    );
    expect(() => new Conv2D({ filters: 2, kernelSize: 3, padding: 'full' as never })).toThrow(
      InvalidOptionError,
    );
    const layer = new Conv2D({ filters: 2, kernelSize: 5 });
    expect(() => layer.computeOutputShape([784])).toThrow(ShapeError);
    expect(() => layer.computeOutputShape([4, 4, 1])).toThrow(
      /kernel does not fit.*Received: shape=\[4,4,1\]$/,
    );
  });
});
