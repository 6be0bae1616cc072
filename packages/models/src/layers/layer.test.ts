import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelFormatError } from '../errors/model-format-error';
import { ModelStateError } from '../errors/model-state-error';
import { ShapeError } from '../errors/shape-error';
import { WeightsMismatchError } from '../errors/weights-mismatch-error';
import { Dense } from './dense';
import { Layer, type LayerConfig, type Shape } from './layer';
import { deserializeLayer, registeredLayerClasses, registerLayer, serializeLayer } from './layer-registry';

class Scale extends Layer {
  readonly className = 'Scale';
  protected readonly namePrefix = 'scale';
  computeOutputShape(inputShape: Shape): Shape {
    return inputShape;
  }
  getConfig(): LayerConfig {
    return this.baseConfig();
  }
  protected override createWeights(_inputShape: Shape, seed: number): void {
    this.addWeight('factor', [1], 'ones', seed);
  }
  protected call(x: tf.Tensor): tf.Tensor {
    return tf.mul(x, this.weights[0]!.variable);
  }
}

describe('Layer', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it('is named by its prefix until a model numbers it, and names weights after itself', () => {
    const layer = new Dense({ units: 2 });
    expect([layer.name, layer.hasExplicitName]).toEqual(['dense', false]);
    layer.build([3], 1);
    layer.assignName('dense_4');
    expect(layer.weights.map((weight) => weight.name)).toEqual(['dense_4/kernel', 'dense_4/bias']);
    expect(new Dense({ units: 2, name: 'out' }).hasExplicitName).toBe(true);
    layer.dispose();
  });

  it('builds once per shape and refuses other shapes, non-positive sizes, and use after dispose', () => {
    const layer = new Dense({ units: 2 });
    expect(() => layer.outputShape).toThrow(ModelStateError);
    expect(() => layer.build([0])).toThrow(ShapeError);
    layer.build([3], 1);
    layer.build([3], 2);
    expect(layer.countParams()).toBe(8);
    expect(() => layer.build([4])).toThrow(/already built.*Received: shape=\[4\]$/);
    const wrong = tf.zeros([1, 4]);
    expect(() => layer.apply(wrong)).toThrow(ShapeError);
    wrong.dispose();
    layer.dispose();
    expect(() => layer.build([3])).toThrow(ModelStateError);
  });

  it('freezes and unfreezes its variables with trainable', () => {
    const layer = new Dense({ units: 2, trainable: false });
    layer.build([3], 1);
    expect(layer.weights.map((weight) => weight.variable.trainable)).toEqual([false, false]);
    layer.trainable = true;
    expect(layer.weights.map((weight) => weight.variable.trainable)).toEqual([true, true]);
    layer.dispose();
  });

  it('sets weights of matching shapes only', async () => {
    const layer = new Dense({ units: 1 });
    layer.build([2], 1);
    const weights = [tf.tensor2d([[2], [3]]), tf.tensor1d([1])];
    layer.setWeights(weights);
    const x = tf.tensor2d([[1, 1]]);
    const y = layer.apply(x);
    expect(Array.from(await y.data())).toEqual([6]);
    expect(() => layer.setWeights([weights[1]!, weights[0]!])).toThrow(WeightsMismatchError);
    tf.dispose([...weights, x, y]);
    layer.dispose();
  });

  it('registers custom layers for deserialization', async () => {
    expect(() => deserializeLayer({ className: 'Scale', config: { name: 's', trainable: true } })).toThrow(
      ModelFormatError,
    );
    registerLayer('Scale', (config) => new Scale(config));
    expect(registeredLayerClasses()).toContain('Scale');
    const layer = deserializeLayer(serializeLayer(new Scale({ name: 's' })));
    expect(layer).toBeInstanceOf(Scale);
    const x = tf.tensor2d([[1, 2]]);
    const y = layer.apply(x);
    expect(Array.from(await y.data())).toEqual([1, 2]);
    tf.dispose([x, y]);
    layer.dispose();
  });
});
