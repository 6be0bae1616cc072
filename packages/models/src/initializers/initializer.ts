import * as tf from '@tensorflow/tfjs-core';
import { varianceScaling } from './variance-scaling';

/** The weight initializers the layers support. */
export type InitializerName = 'glorotUniform' | 'glorotNormal' | 'heNormal' | 'heUniform' | 'zeros' | 'ones';

/** Creates a float32 tensor of `shape`; the same seed always gives the same values. */
export type Initializer = (shape: readonly number[], seed: number) => tf.Tensor;

/** Every initializer by name. Glorot uniform is Keras' default for kernels, zeros its default for biases. */
export const initializers: Readonly<Record<InitializerName, Initializer>> = {
  glorotUniform: (shape, seed) =>
    varianceScaling(shape, seed, { scale: 1, mode: 'fanAvg', distribution: 'uniform' }),
  glorotNormal: (shape, seed) =>
    varianceScaling(shape, seed, { scale: 1, mode: 'fanAvg', distribution: 'truncatedNormal' }),
  heNormal: (shape, seed) =>
    varianceScaling(shape, seed, { scale: 2, mode: 'fanIn', distribution: 'truncatedNormal' }),
  heUniform: (shape, seed) =>
    varianceScaling(shape, seed, { scale: 2, mode: 'fanIn', distribution: 'uniform' }),
  zeros: (shape) => tf.zeros(shape as number[]),
  ones: (shape) => tf.ones(shape as number[]),
};

/** Whether `value` names a supported initializer. */
export function isInitializerName(value: unknown): value is InitializerName {
  return typeof value === 'string' && Object.hasOwn(initializers, value);
}
