import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithTfjsLayers, randomBatch } from '../../test-support/tfjs-layers-parity';
import { type ActivationName, activationNames } from '../activations/activation';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { Activation } from './activation-layer';
import { deserializeLayer, serializeLayer } from './layer-registry';

// tfjs-layers' twin of each activation, with Keras' defaults (LeakyReLU alpha 0.3, ELU alpha 1).
const twins: Record<ActivationName, () => tfl.layers.Layer> = {
  linear: () => tfl.layers.activation({ activation: 'linear' }),
  relu: () => tfl.layers.activation({ activation: 'relu' }),
  sigmoid: () => tfl.layers.activation({ activation: 'sigmoid' }),
  tanh: () => tfl.layers.activation({ activation: 'tanh' }),
  softmax: () => tfl.layers.activation({ activation: 'softmax' }),
  leakyRelu: () => tfl.layers.leakyReLU(),
  elu: () => tfl.layers.elu(),
};

describe('Activation', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it.each(activationNames)('%s matches tfjs-layers', async (activation) => {
    const result = await compareWithTfjsLayers(
      new Activation({ activation }),
      twins[activation](),
      randomBatch([3, 4, 5]),
    );
    expect(result.oursShape).toEqual([3, 4, 5]);
    expect(result.theirsShape).toEqual([3, 4, 5]);
    expect(result.maxDifference).toBeLessThan(1e-6);
  });

  it('uses Keras’ slopes: leakyRelu 0.3 and elu 1 on negative inputs', async () => {
    const x = tf.tensor2d([[-2, 0, 3]]);
    const leaky = new Activation({ activation: 'leakyRelu' }).apply(x);
    const elu = new Activation({ activation: 'elu' }).apply(x);
    expect(Array.from(await leaky.data())).toEqual([expect.closeTo(-0.6, 6), 0, 3]);
    expect(Array.from(await elu.data())).toEqual([expect.closeTo(Math.expm1(-2), 6), 0, 3]);
    tf.dispose([x, leaky, elu]);
  });

  it('round-trips its config and validates the activation', () => {
    const layer = new Activation({ activation: 'elu' });
    expect(layer.computeOutputShape([2, 3])).toEqual([2, 3]);
    expect(layer.getConfig()).toEqual({ name: 'activation', trainable: true, activation: 'elu' });
    expect(deserializeLayer(serializeLayer(layer)).getConfig()).toEqual(layer.getConfig());
    expect(() => new Activation({ activation: 'gelu' as never })).toThrow(InvalidOptionError);
  });
});
