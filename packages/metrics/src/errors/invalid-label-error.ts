import { MetricsError } from './metrics-error.js';

/** A class label is not an integer, or not a valid class index where one is required. */
export class InvalidLabelError extends MetricsError {
  override readonly name: string = 'InvalidLabelError';

  constructor(
    /** The label array, e.g. `'yTrue'`. */
    readonly argument: string,
    /** Position of the first bad label. */
    readonly index: number,
    /** The bad label. */
    readonly value: number,
    /** What a label must be, e.g. `'an integer'` or `'an integer in [0, 10)'`. */
    readonly requirement = 'an integer',
  ) {
    super(
      `${argument}[${index}] is ${value}, but every label must be ${requirement}; ` +
        `pass class labels, not scores or probabilities. Received: ${argument}[${index}]=${value}`,
    );
  }
}
