import * as tf from '@tensorflow/tfjs-core';
import { type ActivationName, applyActivation } from '../activations/activation';
import { ShapeError } from '../errors/shape-error';
import type { InitializerName } from '../initializers/initializer';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { Layer, type LayerConfig, type LayerOptions, type Shape } from './layer';
import {
  activation,
  boolean,
  initializer,
  type Padding,
  padding,
  positiveInteger,
  type SizeOption,
  sizePair,
  windowOutputLength,
} from './validate-options';

/** Options of {@link Conv2D}. */
export interface Conv2DOptions extends LayerOptions {
  /** Number of output channels (filters). */
  filters: number;
  /** Height and width of the kernel window (one number for a square window). */
  kernelSize: SizeOption;
  /**
   * Step of the window along height and width.
   * @default 1
   */
  strides?: SizeOption;
  /**
   * `valid` shrinks the image by the kernel size; `same` pads so that the output is ceil(input / stride).
   * @default 'valid'
   */
  padding?: Padding;
  /**
   * Activation applied to the output.
   * @default 'linear'
   */
  activation?: ActivationName;
  /**
   * Whether to add a bias per filter.
   * @default true
   */
  useBias?: boolean;
  /**
   * Initializer of the `[kernelHeight, kernelWidth, inChannels, filters]` kernel.
   * @default 'glorotUniform'
   */
  kernelInitializer?: InitializerName;
  /**
   * Initializer of the bias.
   * @default 'zeros'
   */
  biasInitializer?: InitializerName;
}

/** The config of a {@link Conv2D} layer: its options, all set, sizes as pairs. */
export interface Conv2DConfig extends LayerConfig {
  filters: number;
  kernelSize: [number, number];
  strides: [number, number];
  padding: Padding;
  activation: ActivationName;
  useBias: boolean;
  kernelInitializer: InitializerName;
  biasInitializer: InitializerName;
}

/** The keys of the layer's options: any other key is an error. */
export const conv2DOptionKeys: OptionKeys<Conv2DOptions> = {
  name: true,
  trainable: true,
  filters: true,
  kernelSize: true,
  strides: true,
  padding: true,
  activation: true,
  useBias: true,
  kernelInitializer: true,
  biasInitializer: true,
};

/** A 2-D convolution over `[height, width, channels]` images (channels last, as Keras' default). */
export class Conv2D extends Layer {
  readonly className = 'Conv2D';
  protected readonly namePrefix = 'conv2d';
  readonly filters: number;
  readonly kernelSize: [number, number];
  readonly strides: [number, number];
  readonly padding: Padding;
  readonly activation: ActivationName;
  readonly useBias: boolean;
  readonly kernelInitializer: InitializerName;
  readonly biasInitializer: InitializerName;
  #kernel: tf.Variable | undefined;
  #bias: tf.Variable | undefined;

  constructor(options: Conv2DOptions) {
    super(options);
    checkOptionKeys('Conv2D', options, conv2DOptionKeys);
    const {
      filters,
      kernelSize,
      strides = 1,
      padding: paddingMode = 'valid',
      activation: activationName = 'linear',
      useBias = true,
      kernelInitializer = 'glorotUniform',
      biasInitializer = 'zeros',
    } = options;
    this.filters = positiveInteger('Conv2D', 'filters', filters);
    this.kernelSize = sizePair('Conv2D', 'kernelSize', kernelSize);
    this.strides = sizePair('Conv2D', 'strides', strides);
    this.padding = padding('Conv2D', paddingMode);
    this.activation = activation('Conv2D', activationName);
    this.useBias = boolean('Conv2D', 'useBias', useBias);
    this.kernelInitializer = initializer('Conv2D', 'kernelInitializer', kernelInitializer);
    this.biasInitializer = initializer('Conv2D', 'biasInitializer', biasInitializer);
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
    const [height, width] = inputShape as [number, number, number];
    const outHeight = windowOutputLength(height, this.kernelSize[0], this.strides[0], this.padding);
    const outWidth = windowOutputLength(width, this.kernelSize[1], this.strides[1], this.padding);
    if (outHeight < 1 || outWidth < 1) {
      const advice = `the ${this.kernelSize.join('x')} kernel does not fit; use padding 'same' or larger images`;
      throw new ShapeError(this.name, '[height, width, channels] per sample', advice, inputShape);
    }
    return [outHeight, outWidth, this.filters];
  }

  getConfig(): Conv2DConfig {
    return {
      ...this.baseConfig(),
      filters: this.filters,
      kernelSize: [...this.kernelSize],
      strides: [...this.strides],
      padding: this.padding,
      activation: this.activation,
      useBias: this.useBias,
      kernelInitializer: this.kernelInitializer,
      biasInitializer: this.biasInitializer,
    };
  }

  override weightShapes(inputShape: Shape): readonly { param: string; shape: Shape }[] {
    const kernel = { param: 'kernel', shape: [...this.kernelSize, inputShape[2]!, this.filters] };
    return this.useBias ? [kernel, { param: 'bias', shape: [this.filters] }] : [kernel];
  }

  protected override createWeights(inputShape: Shape, seed: number): void {
    const [kernel, bias] = this.weightShapes(inputShape);
    this.#kernel = this.addWeight('kernel', kernel!.shape, this.kernelInitializer, seed);
    if (bias) this.#bias = this.addWeight('bias', bias.shape, this.biasInitializer, seed);
  }

  protected call(x: tf.Tensor): tf.Tensor {
    const convolved = tf.conv2d(x as tf.Tensor4D, this.#kernel as tf.Tensor4D, this.strides, this.padding);
    return applyActivation(this.activation, this.#bias ? tf.add(convolved, this.#bias) : convolved);
  }
}

/** Creates a {@link Conv2D} layer. */
export function conv2d(options: Conv2DOptions): Conv2D {
  return new Conv2D(options);
}
