import { describeValue } from '@digitlab/spec';
import { CliError, exitCodes } from './cli-error';

/** The command line is wrong in a way the user fixes by typing it differently (exit code 2). */
export class UsageError extends CliError {
  /** The option or argument at fault, e.g. `'--epochs'` or `'<name>'`. */
  readonly option: string;
  /** What was received for it. */
  readonly value: unknown;

  /**
   * @param option The option or argument at fault.
   * @param value What was received.
   * @param problem What was wrong and what to type instead; the message then ends with what was received.
   * @param received How to show what was received.
   * @default received `<option> <value>`
   */
  constructor(
    option: string,
    value: unknown,
    problem: string,
    received = `${option} ${describeValue(value)}`,
  ) {
    super(`${problem}. Received: ${received}`, exitCodes.usage);
    this.option = option;
    this.value = value;
  }
}
