import { MetricsError } from './metrics-error.js';

/** Two inputs that must describe the same samples have different lengths. */
export class LengthMismatchError extends MetricsError {
  override readonly name: string = 'LengthMismatchError';

  constructor(
    /** The parameter whose length is wrong, e.g. `'yPred'`. */
    readonly argument: string,
    /** The parameter it is compared with, e.g. `'yTrue'`. */
    readonly reference: string,
    /** The length of `reference`, which `argument` should have. */
    readonly expected: number,
    /** The length `argument` has. */
    override readonly received: number,
  ) {
    super(
      `${argument} has ${received} entries but ${reference} has ${expected}; pass one entry per sample. ` +
        `Received: ${reference}.length=${expected}, ${argument}.length=${received}`,
    );
  }
}
