import type * as tf from '@tensorflow/tfjs-core';

/**
 * What `@digitlab/trainer` needs of a model, typed structurally so the trainer never depends on concrete
 * classes. `@digitlab/models`' `Sequential` and `ScratchMlp` satisfy it (a type test in models checks).
 */
export interface TrainableModel {
  /** Model name, e.g. `'lenet5'`. */
  readonly name: string;
  /** Shape of one input sample without the batch axis, e.g. `[28, 28, 1]` or `[784]`. */
  readonly inputShape: readonly number[];
  /** Number of output units (classes; 1 for a sigmoid binary output). */
  readonly outputUnits: number;
  /**
   * Forward pass on a batch, returning the output ACTIVATION (softmax probabilities or sigmoid), as Keras
   * does. `training: true` enables dropout. Leaks no tensors other than the result.
   */
  apply(x: tf.Tensor, options?: { training?: boolean }): tf.Tensor;
  /** The variables the optimizer updates, in a stable order. */
  readonly trainableWeights: readonly tf.Variable[];
  /** Copies of all weights (the caller disposes them), in the order `setWeights` takes. */
  getWeights(): tf.Tensor[];
  /** Assigns all weights, in the order `getWeights` returns them. */
  setWeights(weights: readonly tf.Tensor[]): void;
  /** Number of parameters. */
  countParams(): number;
  /**
   * Optional: a model that computes its own gradients without autodiff (`ScratchMlp`). Given a batch and
   * one-hot targets, returns the mean categorical cross-entropy and its gradient for each of
   * `trainableWeights` (same order); the trainer applies them with its optimizer. The caller disposes them.
   */
  computeGradients?(x: tf.Tensor, yOneHot: tf.Tensor): { loss: tf.Scalar; gradients: tf.Tensor[] };
  /**
   * Optional: re-seeds everything random inside the model at training time (dropout masks). The trainer
   * calls it at the start of every epoch with the run's `dropout` stream for that epoch.
   */
  setTrainingSeed?(seed: number): void;
  /** Frees the model's weights. */
  dispose(): void;
}
