import type * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ShapeError } from '../errors/shape-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { sameShape } from './assign-weights';
import { Layer, type LayerConfig, type LayerOptions, type Shape } from './layer';
import { positiveInteger } from './validate-options';

/** Options of {@link InputLayer}. */
export interface InputOptions extends LayerOptions {
  /** Shape of one sample, without the batch axis, e.g. `[28, 28, 1]`. */
  shape: readonly number[];
}

/** The config of an {@link InputLayer}. */
export interface InputConfig extends LayerConfig {
  shape: number[];
}

/** The keys of the layer's options: any other key is an error. */
export const inputLayerOptionKeys: OptionKeys<InputOptions> = {
  name: true,
  trainable: true,
  shape: true,
};

/** Declares a model's per-sample input shape; passes its input through unchanged. */
export class InputLayer extends Layer {
  readonly className = 'InputLayer';
  protected readonly namePrefix = 'input';
  /** Shape of one sample. */
  readonly shape: Shape;

  constructor(options: InputOptions) {
    super(options);
    checkOptionKeys('InputLayer', options, inputLayerOptionKeys);
    const { shape } = options;
    if (!Array.isArray(shape) || shape.length === 0) {
      throw new InvalidOptionError('InputLayer', 'shape', 'must be a non-empty array of sizes', shape);
    }
    this.shape = shape.map((size, i) => positiveInteger('InputLayer', `shape[${i}]`, size));
  }

  computeOutputShape(inputShape: Shape): Shape {
    if (!sameShape(inputShape, this.shape)) {
      throw new ShapeError(this.name, `[${this.shape}]`, 'feed samples of the declared shape', inputShape);
    }
    return [...inputShape];
  }

  getConfig(): InputConfig {
    return { ...this.baseConfig(), shape: [...this.shape] };
  }

  protected call(x: tf.Tensor): tf.Tensor {
    return x.clone();
  }
}

/** Creates an {@link InputLayer}. */
export function input(options: InputOptions): InputLayer {
  return new InputLayer(options);
}
