import { TrainerError } from './trainer-error';

/** Training or evaluation data does not fit the model or is inconsistent, e.g. 100 samples and 90 labels. */
export class TrainingDataError extends TrainerError {
  /** The part of the data that is wrong, e.g. `'y'` or `'validationData.x'`. */
  readonly field: string;
  /** What was expected, in words. */
  readonly expected: string;
  /** What was received, in words. */
  override readonly received: string;

  constructor(field: string, expected: string, advice: string, received: string) {
    super(`Expected \`${field}\` to be ${expected}; ${advice}. Received: ${received}`);
    this.field = field;
    this.expected = expected;
    this.received = received;
  }
}
