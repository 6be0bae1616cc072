import * as tf from '@tensorflow/tfjs-core';
import { type ActivationName, applyActivation } from '../activations/activation';
import { ShapeError } from '../errors/shape-error';
import type { InitializerName } from '../initializers/initializer';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { Layer, type LayerConfig, type LayerOptions, type Shape } from './layer';
import { activation, boolean, initializer, positiveInteger } from './validate-options';

/** Options of {@link Dense}. */
export interface DenseOptions extends LayerOptions {
  /** Number of output units. */
  units: number;
  /**
   * Activation applied to the output.
   * @default 'linear'
   */
  activation?: ActivationName;
  /**
   * Whether to add a bias vector.
   * @default true
   */
  useBias?: boolean;
  /**
   * Initializer of the `[inputs, units]` kernel.
   * @default 'glorotUniform'
   */
  kernelInitializer?: InitializerName;
  /**
   * Initializer of the bias.
   * @default 'zeros'
   */
  biasInitializer?: InitializerName;
}

/** The config of a {@link Dense} layer: its options, all set. */
export interface DenseConfig extends LayerConfig, Required<Omit<DenseOptions, keyof LayerOptions>> {}

/** The keys of the layer's options: any other key is an error. */
export const denseOptionKeys: OptionKeys<DenseOptions> = {
  name: true,
  trainable: true,
  units: true,
  activation: true,
  useBias: true,
  kernelInitializer: true,
  biasInitializer: true,
};

/** A fully connected layer: `activation(x · kernel + bias)` on per-sample vectors. */
export class Dense extends Layer {
  readonly className = 'Dense';
  protected readonly namePrefix = 'dense';
  /** Number of output units. */
  readonly units: number;
  /** Activation applied to the output. */
  readonly activation: ActivationName;
  /** Whether a bias vector is added. */
  readonly useBias: boolean;
  readonly kernelInitializer: InitializerName;
  readonly biasInitializer: InitializerName;
  #kernel: tf.Variable | undefined;
  #bias: tf.Variable | undefined;

  constructor(options: DenseOptions) {
    super(options);
    checkOptionKeys('Dense', options, denseOptionKeys);
    const {
      units,
      activation: activationName = 'linear',
      useBias = true,
      kernelInitializer = 'glorotUniform',
      biasInitializer = 'zeros',
    } = options;
    this.units = positiveInteger('Dense', 'units', units);
    this.activation = activation('Dense', activationName);
    this.useBias = boolean('Dense', 'useBias', useBias);
    this.kernelInitializer = initializer('Dense', 'kernelInitializer', kernelInitializer);
    this.biasInitializer = initializer('Dense', 'biasInitializer', biasInitializer);
  }

  computeOutputShape(inputShape: Shape): Shape {
    if (inputShape.length !== 1) {
      throw new ShapeError(this.name, '[features] per sample', 'add a flatten() layer before it', inputShape);
    }
    return [this.units];
  }

  getConfig(): DenseConfig {
    return {
      ...this.baseConfig(),
      units: this.units,
      activation: this.activation,
      useBias: this.useBias,
      kernelInitializer: this.kernelInitializer,
      biasInitializer: this.biasInitializer,
    };
  }

  override weightShapes(inputShape: Shape): readonly { param: string; shape: Shape }[] {
    const kernel = { param: 'kernel', shape: [inputShape[0]!, this.units] };
    return this.useBias ? [kernel, { param: 'bias', shape: [this.units] }] : [kernel];
  }

  protected override createWeights(inputShape: Shape, seed: number): void {
    const [kernel, bias] = this.weightShapes(inputShape);
    this.#kernel = this.addWeight('kernel', kernel!.shape, this.kernelInitializer, seed);
    if (bias) this.#bias = this.addWeight('bias', bias.shape, this.biasInitializer, seed);
  }

  protected call(x: tf.Tensor): tf.Tensor {
    const product = tf.matMul(x as tf.Tensor2D, this.#kernel as tf.Tensor2D);
    return applyActivation(this.activation, this.#bias ? tf.add(product, this.#bias) : product);
  }
}

/** Creates a {@link Dense} layer. */
export function dense(options: DenseOptions): Dense {
  return new Dense(options);
}
