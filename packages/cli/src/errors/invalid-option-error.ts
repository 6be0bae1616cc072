import { describeValue } from '@digitlab/spec';
import { UsageError } from './usage-error';

/**
 * A function of the CLI's library was given an option it does not have or a value it refuses, e.g.
 * `trainRecipe(recipe, { epoch: 3 })` (exit code 2 when it reaches the command line).
 */
export class InvalidOptionError extends UsageError {
  /** The function that refused it, e.g. `'trainRecipe'`. */
  readonly functionName: string;

  /**
   * @param functionName The function, e.g. `'trainRecipe'`.
   * @param option The option, e.g. `'epoch'`.
   * @param requirement What was wrong and what to pass instead.
   * @param value The value received.
   */
  constructor(functionName: string, option: string, requirement: string, value: unknown) {
    super(
      option,
      value,
      `${functionName}: \`${option}\` ${requirement}`,
      `${option}=${describeValue(value)}`,
    );
    this.functionName = functionName;
  }
}
