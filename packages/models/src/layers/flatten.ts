import * as tf from '@tensorflow/tfjs-core';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { Layer, type LayerConfig, type LayerOptions, type Shape } from './layer';

/** The keys of the layer's options: any other key is an error. */
export const flattenOptionKeys: OptionKeys<LayerOptions> = {
  name: true,
  trainable: true,
};

/** Reshapes each sample to a vector, e.g. `[5, 5, 16]` to `[400]` (row-major, channels last). */
export class Flatten extends Layer {
  readonly className = 'Flatten';
  protected readonly namePrefix = 'flatten';

  constructor(options: LayerOptions = {}) {
    super(options);
    checkOptionKeys('Flatten', options, flattenOptionKeys);
  }

  computeOutputShape(inputShape: Shape): Shape {
    return [inputShape.reduce((a, b) => a * b, 1)];
  }

  getConfig(): LayerConfig {
    return this.baseConfig();
  }

  protected call(x: tf.Tensor): tf.Tensor {
    return tf.reshape(x, [x.shape[0]!, -1]);
  }
}

/** Creates a {@link Flatten} layer. */
export function flatten(options: LayerOptions = {}): Flatten {
  return new Flatten(options);
}
