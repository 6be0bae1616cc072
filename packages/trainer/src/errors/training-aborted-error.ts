import type { History } from '../history/history';
import { TrainerError } from './trainer-error';

/** `fit` was stopped through its AbortSignal; `history` holds the epochs that finished. */
export class TrainingAbortedError extends TrainerError {
  /** The epochs completed before the abort. */
  readonly history: History;
  /** The signal's reason. */
  readonly reason: unknown;

  constructor(history: History, reason: unknown) {
    super(
      `Training was aborted after ${history.epoch.length} completed epoch(s); resume from a checkpoint to ` +
        `continue. Received: reason=${reason instanceof Error ? reason.message : String(reason)}`,
    );
    this.history = history;
    this.reason = reason;
  }
}
