import { describeValue } from './describe-value';
import { DigitlabError } from './digitlab-error';

/** What an {@link InvalidOptionError} says. */
export interface InvalidOptionDetails {
  /** The function, class or layer that refused the option, e.g. `'fit'` or `'Dense'`, where known. */
  readonly functionName?: string;
  /** The option or argument, e.g. `'batchSize'`. */
  readonly option: string;
  /** The value received. */
  readonly value: unknown;
  /** What was wrong and what to pass instead; the message is this, then `. Received: option=value`. */
  readonly problem: string;
  /** What to do, e.g. `did you mean \`epochs\`?`, where known. */
  readonly hint?: string;
}

/**
 * The details of the usual sentence, `fit: \`batchSize\` must be a positive integer`, for the packages'
 * positional constructors `(functionName, option, requirement, value, hint?)`.
 */
export function optionDetails(
  functionName: string,
  option: string,
  requirement: string,
  value: unknown,
  hint?: string,
): InvalidOptionDetails {
  const problem = `${functionName}: \`${option}\` ${requirement}`;
  return { functionName, option, value, problem, ...(hint === undefined ? {} : { hint }) };
}

/**
 * An option or argument with a value the function cannot use, or a key that is not an option. Every
 * package's option error (`InvalidOptionError` of datasets, models and trainer, metrics'
 * `InvalidArgumentError`) derives from it, so `InvalidOptionError.isInstance(error)` catches them all.
 */
export class InvalidOptionError extends DigitlabError {
  static override readonly kind: string = 'digitlab.InvalidOptionError';

  /** Who refused it, e.g. `'fit'`, where known. */
  readonly functionName: string | undefined;
  /** The option, e.g. `'batchSize'`. */
  readonly option: string;
  /** The value received. */
  readonly value: unknown;

  constructor(details: InvalidOptionDetails) {
    const { functionName, option, value, problem, hint } = details;
    super(`${problem}. Received: ${option}=${describeValue(value)}`, {
      code: 'INVALID_OPTION',
      received: value,
      ...(hint === undefined ? {} : { hint }),
    });
    this.functionName = functionName;
    this.option = option;
    this.value = value;
  }
}
