import { TrainerError } from './trainer-error';

/**
 * `predict` or `evaluate` computed a NaN or infinite value: the model's weights have diverged (or overflow),
 * so its outputs mean nothing and are not returned as if they did.
 */
export class NonFiniteOutputError extends TrainerError {
  /** The function that refused, `'predict'` or `'evaluate'`. */
  readonly functionName: string;
  /** What was not finite, e.g. `'probabilities[12]'` or `'loss'`. */
  readonly quantity: string;
  /** The value, `NaN`, `Infinity` or `-Infinity`. */
  readonly value: number;

  constructor(functionName: string, quantity: string, value: number) {
    super(
      `${functionName}: the model's ${quantity} is not finite, so its weights have diverged or overflow; ` +
        `retrain it (e.g. with a lower learning rate) or load a checkpoint taken before the divergence. ` +
        `Received: ${quantity}=${value}`,
    );
    this.functionName = functionName;
    this.quantity = quantity;
    this.value = value;
  }
}
