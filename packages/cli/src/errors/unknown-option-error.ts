import { closestName } from '@digitlab/spec';
import { UsageError } from './usage-error';

/** An option the command does not have, e.g. `digitlab train --modle` (exit code 2). */
export class UnknownOptionError extends UsageError {
  /** The command it was given to, e.g. `'digitlab train'`. */
  readonly command: string;
  /** The command's option closest to what was typed. */
  readonly closest: string | undefined;

  /**
   * @param command The command, e.g. `'digitlab train'`.
   * @param flag The option typed, e.g. `'--modle'`.
   * @param valid The command's options, e.g. `['--model', '--dataset']`.
   */
  constructor(command: string, flag: string, valid: readonly string[]) {
    // Two edits cover a transposition (--modle) or a slip; beyond that a suggestion is a guess.
    const closest = closestName(flag, valid, 2);
    const hint = closest === undefined ? '' : ` Did you mean '${closest}'?`;
    super(
      '<option>',
      flag,
      `Unknown option '${flag}' for ${command}.${hint} Run '${command} --help' to see its options`,
      flag,
    );
    this.command = command;
    this.closest = closest;
  }
}
