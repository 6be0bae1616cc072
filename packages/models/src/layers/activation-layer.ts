import type * as tf from '@tensorflow/tfjs-core';
import { type ActivationName, applyActivation } from '../activations/activation';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { Layer, type LayerConfig, type LayerOptions, type Shape } from './layer';
import { activation } from './validate-options';

/** Options of {@link Activation}. */
export interface ActivationOptions extends LayerOptions {
  /** The activation to apply element-wise (softmax: over the last axis). */
  activation: ActivationName;
}

/** The config of an {@link Activation} layer. */
export interface ActivationConfig extends LayerConfig {
  activation: ActivationName;
}

/** The keys of the layer's options: any other key is an error. */
export const activationOptionKeys: OptionKeys<ActivationOptions> = {
  name: true,
  trainable: true,
  activation: true,
};

/** Applies an activation function on its own, e.g. after a linear dense layer. */
export class Activation extends Layer {
  readonly className = 'Activation';
  protected readonly namePrefix = 'activation';
  readonly activation: ActivationName;

  constructor(options: ActivationOptions) {
    super(options);
    checkOptionKeys('Activation', options, activationOptionKeys);
    this.activation = activation('Activation', options.activation);
  }

  computeOutputShape(inputShape: Shape): Shape {
    return [...inputShape];
  }

  getConfig(): ActivationConfig {
    return { ...this.baseConfig(), activation: this.activation };
  }

  protected call(x: tf.Tensor): tf.Tensor {
    return applyActivation(this.activation, x);
  }
}

/** Creates an {@link Activation} layer. */
export function activationLayer(options: ActivationOptions): Activation {
  return new Activation(options);
}
