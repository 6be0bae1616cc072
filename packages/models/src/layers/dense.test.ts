import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithTfjsLayers, randomBatch } from '../../test-support/tfjs-layers-parity';
import type { ActivationName } from '../activations/activation';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ShapeError } from '../errors/shape-error';
import { Dense } from './dense';
import { deserializeLayer, serializeLayer } from './layer-registry';

describe('Dense', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it.each<ActivationName>(['linear', 'relu', 'sigmoid', 'tanh', 'softmax', 'elu'])(
    'with %s matches tfjs-layers’ Dense with the same weights',
    async (activation) => {
      const ours = new Dense({ units: 5, activation, biasInitializer: 'glorotNormal' });
      const theirs = tfl.layers.dense({ units: 5, activation: activation as 'relu' });
      const result = await compareWithTfjsLayers(ours, theirs, randomBatch([4, 7]));
      expect(result.oursShape).toEqual([4, 5]);
      expect(result.theirsShape).toEqual([4, 5]);
      expect(result.maxDifference).toBeLessThan(1e-6);
    },
  );

  it('computes x · kernel + bias', async () => {
    const layer = new Dense({ units: 2, kernelInitializer: 'ones', biasInitializer: 'ones' });
    const x = tf.tensor2d([
      [1, 2, 3],
      [-1, 0, 1],
    ]);
    const y = layer.apply(x);
    expect(Array.from(await y.data())).toEqual([7, 7, 1, 1]);
    expect(layer.weights.map((weight) => weight.variable.shape)).toEqual([[3, 2], [2]]);
    tf.dispose([x, y]);
    layer.dispose();
  });

  it('leaves the bias out when useBias is false', () => {
    const layer = new Dense({ units: 3, useBias: false });
    layer.build([4], 1);
    expect(layer.weights.map((weight) => weight.name)).toEqual(['dense/kernel']);
    expect(layer.countParams()).toBe(12);
    layer.dispose();
  });

  it('round-trips its config', () => {
    const layer = new Dense({ units: 3, activation: 'tanh', useBias: false, kernelInitializer: 'heNormal' });
    const copy = deserializeLayer(serializeLayer(layer));
    expect(copy).toBeInstanceOf(Dense);
    expect(copy.getConfig()).toEqual(layer.getConfig());
    expect(layer.getConfig()).toEqual({
      name: 'dense',
      trainable: true,
      units: 3,
      activation: 'tanh',
      useBias: false,
      kernelInitializer: 'heNormal',
      biasInitializer: 'zeros',
    });
  });

  it('validates its options and asks for a flatten layer on images', () => {
    expect(() => new Dense({ units: 1.5 })).toThrow(InvalidOptionError);
    expect(() => new Dense({ units: 2, activation: 'swish' as never })).toThrow(
      /`activation` must be one of linear, relu, sigmoid, tanh, softmax, leakyRelu, elu\. Received: activation="swish"$/,
    );
    expect(() => new Dense({ units: 2, kernelInitializer: 'orthogonal' as never })).toThrow(
      InvalidOptionError,
    );
    const error = (() => {
      try {
        new Dense({ units: 2 }).computeOutputShape([28, 28, 1]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ShapeError);
    expect(error).toMatchObject({ layerName: 'dense', receivedShape: [28, 28, 1] });
    expect((error as Error).message).toMatch(
      /add a flatten\(\) layer before it\. Received: shape=\[28,28,1\]$/,
    );
  });
});
