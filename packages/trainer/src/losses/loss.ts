import * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';

/** The losses, with Keras' names (camel-cased as tfjs-layers spells them). */
export type LossName = 'categoricalCrossentropy' | 'sparseCategoricalCrossentropy' | 'binaryCrossentropy';

/** Every {@link LossName}. */
export const lossNames: readonly LossName[] = [
  'categoricalCrossentropy',
  'sparseCategoricalCrossentropy',
  'binaryCrossentropy',
];

/** Keras' `backend.epsilon()`: probabilities are clipped to `[epsilon, 1 - epsilon]` before the log. */
export const lossEpsilon = 1e-7;

/** The loss a model gets when none is named: binary for one sigmoid unit, sparse categorical otherwise. */
export function defaultLoss(outputUnits: number): LossName {
  return outputUnits === 1 ? 'binaryCrossentropy' : 'sparseCategoricalCrossentropy';
}

/** Checks a loss name against the model's output. */
export function checkLoss(functionName: string, loss: unknown, outputUnits: number): LossName {
  if (!(lossNames as readonly unknown[]).includes(loss)) {
    throw new InvalidOptionError(functionName, 'loss', `must be one of ${lossNames.join(', ')}`, loss);
  }
  if (loss !== 'binaryCrossentropy' && outputUnits === 1) {
    throw new InvalidOptionError(
      functionName,
      'loss',
      "needs a softmax output of 2+ units; a model with one sigmoid unit trains with 'binaryCrossentropy'",
      loss,
    );
  }
  return loss as LossName;
}

/**
 * The mean loss of a batch, computed from PROBABILITIES exactly as Keras does (`from_logits=False`):
 * categorical losses renormalise each row, clip to [1e-7, 1 - 1e-7] and take `-sum(t * log(p))`; binary
 * cross-entropy clips and takes `-(t * log(p + 1e-7) + (1 - t) * log(1 - p + 1e-7))`. Targets are float
 * `[batch, units]`: one-hot rows for both categorical losses (sparse labels are expanded per batch).
 */
export function computeLoss(loss: LossName, probabilities: tf.Tensor, targets: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    if (loss === 'binaryCrossentropy') {
      const p = clip(probabilities);
      const positive = tf.mul(targets, tf.log(tf.add(p, lossEpsilon)));
      const negative = tf.mul(tf.sub(1, targets), tf.log(tf.add(tf.sub(1, p), lossEpsilon)));
      return tf.neg(tf.mean(tf.add(positive, negative)));
    }
    const normalised = tf.div(probabilities, tf.sum(probabilities, -1, true));
    const p = clip(normalised);
    return tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.log(p)), -1)));
  }) as tf.Scalar;
}

/**
 * Clips to [epsilon, 1 - epsilon] keeping NaN, as TensorFlow's clip does: wasm's ClipByValue maps NaN to the
 * lower bound, which would turn a diverged model's NaN output into a finite loss and hide it from
 * `terminateOnNaN`. Maximum and Minimum propagate NaN on every backend and have the same gradient.
 */
function clip(probabilities: tf.Tensor): tf.Tensor {
  return tf.minimum(tf.maximum(probabilities, lossEpsilon), 1 - lossEpsilon);
}
