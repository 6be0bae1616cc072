import { closestName } from '@digitlab/spec';
import { UsageError } from './usage-error';

/** A name that is not one of the valid ones: a model, data set, optimizer, backend, lab or command. */
export class UnknownNameError extends UsageError {
  /** What kind of name, e.g. `'model'`. */
  readonly kind: string;
  /** The valid names. */
  readonly valid: readonly string[];
  /** The valid name closest to what was typed. */
  readonly closest: string | undefined;

  /**
   * @param kind What kind of name, e.g. `'model'`.
   * @param option The option or argument that carried it, e.g. `'--model'`.
   * @param received The name typed.
   * @param valid The valid names.
   */
  constructor(kind: string, option: string, received: string, valid: readonly string[]) {
    const closest = closestName(received, valid);
    const hint = closest === undefined ? '' : ` Did you mean '${closest}'?`;
    super(option, received, `Unknown ${kind} '${received}'.${hint} Valid ${kind}s: ${valid.join(', ')}`);
    this.kind = kind;
    this.valid = valid;
    this.closest = closest;
  }
}
