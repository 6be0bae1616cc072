import { TrainerError } from './trainer-error';

/** Training stopped because a batch produced a NaN or infinite loss (see `terminateOnNaN`). */
export class NonFiniteLossError extends TrainerError {
  /** Zero-based epoch of the batch. */
  readonly epoch: number;
  /** Zero-based batch index within the epoch. */
  readonly batch: number;
  /** The loss, `NaN`, `Infinity` or `-Infinity`. */
  readonly loss: number;

  constructor(epoch: number, batch: number, loss: number) {
    super(
      `Training diverged: the loss of epoch ${epoch + 1}, batch ${batch + 1} is not finite; lower the ` +
        `learning rate or check the inputs for NaN and their scaling. Received: loss=${loss}`,
    );
    this.epoch = epoch;
    this.batch = batch;
    this.loss = loss;
  }
}
