import { InvalidOptionError } from '@digitlab/spec';
import { MetricsError } from './metrics-error.js';

/**
 * An option or parameter has a value the function cannot use (k ≤ 0, an unknown `normalize`, …). It is a
 * {@link MetricsError} (by `instanceof` and `isInstance`) and `@digitlab/spec`'s `InvalidOptionError`,
 * whose `option` is this error's {@link argument}.
 */
// Through a local name: the API reference then names the base without resolving it into another package.
const OptionError: typeof InvalidOptionError = InvalidOptionError;

export class InvalidArgumentError extends OptionError {
  static override readonly alsoKinds = [MetricsError.kind];
  override readonly name: string = 'InvalidArgumentError';

  constructor(
    /** The parameter or option, e.g. `'k'` or `'options.normalize'`. */
    readonly argument: string,
    value: unknown,
    /** What was wrong and what to pass instead; the message ends with the received value. */
    problem: string,
    hint?: string,
  ) {
    super({ option: argument, value, problem, ...(hint === undefined ? {} : { hint }) });
  }
}
