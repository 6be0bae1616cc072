import { TrainerError } from './trainer-error';

/** Why one backend could not be set up. */
export interface BackendAttempt {
  /** The backend tried, e.g. `'wasm'`. */
  readonly backend: string;
  /** What went wrong, e.g. `"Cannot find package '@tensorflow/tfjs-backend-wasm'"`. */
  readonly reason: string;
}

/** `setupBackend` found none of the requested backends installed and working. */
export class BackendUnavailableError extends TrainerError {
  /** The backend asked for: a name or `'auto'`. */
  readonly requested: string;
  /** Every backend tried, in order, with the reason it failed. */
  readonly attempts: readonly BackendAttempt[];

  constructor(requested: string, attempts: readonly BackendAttempt[], advice: string) {
    const tried = attempts.map((attempt) => `${attempt.backend}: ${attempt.reason}`).join('; ');
    super(`No usable tfjs backend for '${requested}'; ${advice}. Received: ${tried || 'no candidates'}`);
    this.requested = requested;
    this.attempts = attempts;
  }
}
