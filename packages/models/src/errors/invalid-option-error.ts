import { describeValue, ModelsError } from './models-error';

/** A layer, model or function was given an invalid option, e.g. `units: 0` or a duplicate layer name. */
export class InvalidOptionError extends ModelsError {
  /** Who rejected it: a layer class (`'Dense'`), `'Sequential'`, `'ScratchMlp'` or a function (`'save'`). */
  readonly owner: string;
  /** The option that was wrong, e.g. `'units'`. */
  readonly option: string;
  /** The value that was received. */
  readonly value: unknown;

  constructor(owner: string, option: string, requirement: string, value: unknown) {
    super(`${owner} option \`${option}\` ${requirement}. Received: ${option}=${describeValue(value)}`);
    this.owner = owner;
    this.option = option;
    this.value = value;
  }
}
