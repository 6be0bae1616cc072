import * as tf from '@tensorflow/tfjs-core';
import type { LossName } from './loss';

/**
 * The number of correct predictions in a batch, as a scalar, with the accuracy Keras picks for the loss:
 * `binary_accuracy` (threshold 0.5, averaged over the units of a sample) for binary cross-entropy,
 * `categorical_accuracy` (argmax equals the target's argmax) for the categorical losses.
 */
export function countCorrect(loss: LossName, probabilities: tf.Tensor, targets: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    if (loss === 'binaryCrossentropy') {
      const predicted = tf.greater(probabilities, 0.5);
      const actual = tf.greater(targets, 0.5);
      return tf.sum(tf.mean(tf.cast(tf.equal(predicted, actual), 'float32'), -1));
    }
    return tf.sum(tf.cast(tf.equal(tf.argMax(probabilities, -1), tf.argMax(targets, -1)), 'float32'));
  });
}
