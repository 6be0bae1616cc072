import * as tf from '@tensorflow/tfjs-core';
import { Pooling2D, type Pooling2DOptions } from './pooling2d';

/** Keeps the largest value of each window, per channel. */
export class MaxPooling2D extends Pooling2D {
  readonly className = 'MaxPooling2D';
  protected readonly namePrefix = 'max_pooling2d';

  constructor(options: Pooling2DOptions = {}) {
    super('MaxPooling2D', options);
  }

  protected call(x: tf.Tensor): tf.Tensor {
    return tf.maxPool(x as tf.Tensor4D, this.poolSize, this.strides, this.padding);
  }
}

/** Creates a {@link MaxPooling2D} layer. */
export function maxPooling2d(options: Pooling2DOptions = {}): MaxPooling2D {
  return new MaxPooling2D(options);
}
