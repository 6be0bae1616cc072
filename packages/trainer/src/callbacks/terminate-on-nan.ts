import { NonFiniteLossError } from '../errors/non-finite-loss-error';
import type { TrainingCallback } from './training-callback';

/**
 * Stops training at the first batch whose loss is NaN or infinite, rejecting `fit` with a
 * {@link NonFiniteLossError} that names the epoch and batch (Keras' `TerminateOnNaN` only stops).
 */
export function terminateOnNaN(): TrainingCallback {
  return {
    onBatchEnd({ epoch, batch, batchLoss }) {
      if (!Number.isFinite(batchLoss)) throw new NonFiniteLossError(epoch, batch, batchLoss);
    },
  };
}
