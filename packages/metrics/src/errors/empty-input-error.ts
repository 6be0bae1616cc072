import { MetricsError } from './metrics-error.js';

/** An input that needs at least one element (samples, labels, runs, metric values) was empty. */
export class EmptyInputError extends MetricsError {
  override readonly name: string = 'EmptyInputError';

  constructor(
    /** The parameter that was empty, e.g. `'yTrue'`. */
    readonly argument: string,
    hint = 'pass at least one element',
  ) {
    super(`${argument} is empty; ${hint}. Received: ${argument}.length=0`);
  }
}
