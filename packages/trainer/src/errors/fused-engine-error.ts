import { TrainerError } from './trainer-error';

/**
 * `fit` was told to use the fused engine (`engine: 'fused'`) for a model, loss or optimizer it does not
 * cover, or the engine failed while training.
 */
export class FusedEngineError extends TrainerError {
  /** Why, e.g. `"the fused engine has no BatchNormalization layer"`. */
  readonly reason: string;

  constructor(reason: string, advice: string, received: string) {
    super(`The fused engine cannot train this: ${reason}; ${advice}. Received: ${received}`);
    this.reason = reason;
  }
}
