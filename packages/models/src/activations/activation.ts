import * as tf from '@tensorflow/tfjs-core';

/** The activation functions the layers support. */
export type ActivationName = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax' | 'leakyRelu' | 'elu';

/** Every {@link ActivationName}, for validation and listings. */
export const activationNames: readonly ActivationName[] = [
  'linear',
  'relu',
  'sigmoid',
  'tanh',
  'softmax',
  'leakyRelu',
  'elu',
];

/** Slope of leakyRelu for negative inputs: Keras 2's and tfjs-layers' `LeakyReLU` default. */
export const leakyReluAlpha = 0.3;

/** Scale of elu for negative inputs: Keras' default. */
export const eluAlpha = 1;

/** Whether `value` names a supported activation. */
export function isActivationName(value: unknown): value is ActivationName {
  return typeof value === 'string' && (activationNames as readonly string[]).includes(value);
}

/** Applies an activation; softmax normalizes over the last axis, as Keras does. */
export function applyActivation(name: ActivationName, x: tf.Tensor): tf.Tensor {
  switch (name) {
    case 'linear':
      return x.clone();
    case 'relu':
      return tf.relu(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'tanh':
      return tf.tanh(x);
    case 'softmax':
      return tf.softmax(x);
    case 'leakyRelu':
      return tf.leakyRelu(x, leakyReluAlpha);
    case 'elu':
      return tf.elu(x);
  }
}
