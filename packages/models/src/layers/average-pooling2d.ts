import * as tf from '@tensorflow/tfjs-core';
import { Pooling2D, type Pooling2DOptions } from './pooling2d';

/** Averages each window, per channel (with `same` padding, over the window's cells inside the image). */
export class AveragePooling2D extends Pooling2D {
  readonly className = 'AveragePooling2D';
  protected readonly namePrefix = 'average_pooling2d';

  constructor(options: Pooling2DOptions = {}) {
    super('AveragePooling2D', options);
  }

  protected call(x: tf.Tensor): tf.Tensor {
    return tf.avgPool(x as tf.Tensor4D, this.poolSize, this.strides, this.padding);
  }
}

/** Creates an {@link AveragePooling2D} layer. */
export function averagePooling2d(options: Pooling2DOptions = {}): AveragePooling2D {
  return new AveragePooling2D(options);
}
