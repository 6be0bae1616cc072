import type * as tf from '@tensorflow/tfjs-core';
import { ShapeError } from '../errors/shape-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { Layer, type LayerConfig, type LayerOptions, type Shape } from './layer';
import { type Padding, padding, type SizeOption, sizePair, windowOutputLength } from './validate-options';

/** Options of {@link MaxPooling2D} and {@link AveragePooling2D}. */
export interface Pooling2DOptions extends LayerOptions {
  /**
   * Height and width of the pooling window (one number for a square window).
   * @default 2
   */
  poolSize?: SizeOption;
  /**
   * Step of the window.
   * @default poolSize
   */
  strides?: SizeOption;
  /**
   * `valid` drops the incomplete windows at the edges; `same` keeps them (output ceil(input / stride)).
   * @default 'valid'
   */
  padding?: Padding;
}

/** The config of a pooling layer: its options, all set, sizes as pairs. */
export interface Pooling2DConfig extends LayerConfig {
  poolSize: [number, number];
  strides: [number, number];
  padding: Padding;
}

/** The keys of the layer's options: any other key is an error. */
export const pooling2dOptionKeys: OptionKeys<Pooling2DOptions> = {
  name: true,
  trainable: true,
  poolSize: true,
  strides: true,
  padding: true,
};

/** Shared part of the 2-D pooling layers over `[height, width, channels]` images. */
export abstract class Pooling2D extends Layer {
  readonly poolSize: [number, number];
  readonly strides: [number, number];
  readonly padding: Padding;

  constructor(layerType: string, options: Pooling2DOptions) {
    super(options);
    checkOptionKeys(layerType, options, pooling2dOptionKeys);
    const { poolSize = 2, strides = poolSize, padding: paddingMode = 'valid' } = options;
    this.poolSize = sizePair(layerType, 'poolSize', poolSize);
    this.strides = sizePair(layerType, 'strides', strides);
    this.padding = padding(layerType, paddingMode);
  }

  computeOutputShape(inputShape: Shape): Shape {
    if (inputShape.length !== 3) {
      throw new ShapeError(
        this.name,
        '[height, width, channels] per sample',
        'add a channel axis',
        inputShape,
      );
    }
    const [height, width, channels] = inputShape as [number, number, number];
    const outHeight = windowOutputLength(height, this.poolSize[0], this.strides[0], this.padding);
    const outWidth = windowOutputLength(width, this.poolSize[1], this.strides[1], this.padding);
    if (outHeight < 1 || outWidth < 1) {
      const advice = `the ${this.poolSize.join('x')} window does not fit; use padding 'same' or a smaller window`;
      throw new ShapeError(this.name, '[height, width, channels] per sample', advice, inputShape);
    }
    return [outHeight, outWidth, channels];
  }

  getConfig(): Pooling2DConfig {
    return {
      ...this.baseConfig(),
      poolSize: [...this.poolSize],
      strides: [...this.strides],
      padding: this.padding,
    };
  }

  protected abstract override call(x: tf.Tensor): tf.Tensor;
}
