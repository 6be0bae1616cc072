import * as tf from '@tensorflow/tfjs-core';

/** Options of `predict`. */
export interface PredictOptions {
  /**
   * Samples per forward pass, to bound memory on large inputs.
   * @default 128
   */
  batchSize?: number;
}

/** Runs `forward` on slices of at most `batchSize` samples and concatenates the outputs. */
export function predictInBatches(
  forward: (batch: tf.Tensor) => tf.Tensor,
  x: tf.Tensor,
  options: PredictOptions,
): tf.Tensor {
  const { batchSize = 128 } = options;
  const size = x.shape[0]!;
  if (size <= batchSize) return forward(x);
  return tf.tidy(() => {
    const outputs: tf.Tensor[] = [];
    for (let start = 0; start < size; start += batchSize) {
      outputs.push(forward(tf.slice(x, start, Math.min(batchSize, size - start))));
    }
    return tf.concat(outputs);
  });
}
