import type * as tf from '@tensorflow/tfjs-core';

/**
 * What @digitlab/trainer needs of a model (the contract both packages implement). {@link Sequential} and
 * {@link ScratchMlp} satisfy it structurally.
 */
export interface TrainableModel {
  /** Model name, e.g. `'lenet5'`. */
  readonly name: string;
  /** Shape of one input sample without the batch axis, e.g. `[28, 28, 1]` or `[784]`. */
  readonly inputShape: readonly number[];
  /** Number of output units (classes; 1 for a sigmoid binary output). */
  readonly outputUnits: number;
  /**
   * Forward pass on a batch, returning the output activation (softmax probabilities / sigmoid), as Keras
   * does. `training: true` enables dropout. Leaks no tensor other than the result.
   */
  apply(x: tf.Tensor, options?: { training?: boolean }): tf.Tensor;
  /** The variables the optimizer updates, in a stable order. */
  readonly trainableWeights: readonly tf.Variable[];
  /** Copies of all weights (the caller disposes them), in a stable order; setWeights takes the same order. */
  getWeights(): tf.Tensor[];
  setWeights(weights: readonly tf.Tensor[]): void;
  countParams(): number;
  /**
   * Optional: computes the mean categorical cross-entropy and its gradient for each of `trainableWeights`
   * without autodiff (ScratchMlp). The caller disposes the returned tensors.
   */
  computeGradients?(x: tf.Tensor, yOneHot: tf.Tensor): { loss: tf.Scalar; gradients: tf.Tensor[] };
  /** Optional: re-seeds everything random at training time (dropout masks) so one seed gives identical runs. */
  setTrainingSeed?(seed: number): void;
  dispose(): void;
}
