import type { History } from '../history/history';
import { TrainerError } from './trainer-error';

/**
 * Training stopped because a batch produced a NaN or infinite loss (`fit` by default, or `terminateOnNaN`);
 * `history` holds the epochs that finished before it, when `fit` threw it.
 */
export class NonFiniteLossError extends TrainerError {
  /** Zero-based epoch of the batch. */
  readonly epoch: number;
  /** Zero-based batch index within the epoch. */
  readonly batch: number;
  /** The loss, `NaN`, `Infinity` or `-Infinity`. */
  readonly loss: number;

  /** The epochs completed before the divergence (from `fit`; undefined from `terminateOnNaN`). */
  readonly history: History | undefined;

  constructor(epoch: number, batch: number, loss: number, history?: History) {
    super(
      `Training diverged: the loss of epoch ${epoch + 1}, batch ${batch + 1} is not finite; lower the ` +
        `learning rate or check the inputs for NaN and their scaling. Received: loss=${loss}`,
    );
    this.epoch = epoch;
    this.batch = batch;
    this.loss = loss;
    this.history = history;
  }
}
