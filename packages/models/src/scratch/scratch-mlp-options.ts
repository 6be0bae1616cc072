import type { ScratchActivation } from './backpropagate';

/** Options of {@link ScratchMlp}. */
export interface ScratchMlpOptions {
  /**
   * The model's name.
   * @default 'scratch-mlp'
   */
  name?: string;
  /**
   * Shape of one input sample; inputs are flattened to its size.
   * @default [784]
   */
  inputShape?: readonly number[];
  /**
   * Units of each hidden layer.
   * @default [300]
   */
  hiddenSizes?: readonly number[];
  /**
   * Number of classes: units of the softmax output layer.
   * @default 10
   */
  classes?: number;
  /**
   * Activation of the hidden layers.
   * @default 'relu'
   */
  activation?: ScratchActivation;
  /**
   * Seed of the initial weights (Glorot uniform kernels, zero biases, as Keras).
   * @default a random seed
   */
  seed?: number;
  /**
   * Largest parameter count allowed; a bigger model throws a ParamBudgetError.
   * @default Infinity
   */
  paramBudget?: number;
}
