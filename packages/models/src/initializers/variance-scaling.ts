import * as tf from '@tensorflow/tfjs-core';
import { computeFans } from './compute-fans';

/** Options of Keras' `VarianceScaling`, from which the Glorot and He initializers are made. */
export interface VarianceScalingOptions {
  /** Multiplier of the variance. */
  scale: number;
  /** Which fan divides the scale: `fanIn`, `fanOut` or their average. */
  mode: 'fanIn' | 'fanOut' | 'fanAvg';
  /** `uniform` draws from [-limit, limit]; `truncatedNormal` from a normal cut at two standard deviations. */
  distribution: 'uniform' | 'truncatedNormal';
}

/**
 * Standard deviation of a unit normal truncated to [-2, 2]; Keras divides by it so that the truncated
 * samples have the intended variance.
 */
const truncatedUnitStddev = 0.8796256610342398;

/** Draws a tensor of `shape` with variance `scale / n`, seeded, as Keras' `VarianceScaling` does. */
export function varianceScaling(
  shape: readonly number[],
  seed: number,
  options: VarianceScalingOptions,
): tf.Tensor {
  const { fanIn, fanOut } = computeFans(shape);
  const fan = { fanIn, fanOut, fanAvg: (fanIn + fanOut) / 2 }[options.mode];
  const variance = options.scale / Math.max(1, fan);
  if (options.distribution === 'uniform') {
    const limit = Math.sqrt(3 * variance);
    return tf.randomUniform(shape as number[], -limit, limit, 'float32', seed);
  }
  return tf.truncatedNormal(shape as number[], 0, Math.sqrt(variance) / truncatedUnitStddev, 'float32', seed);
}
