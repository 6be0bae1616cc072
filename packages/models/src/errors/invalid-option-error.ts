import { InvalidOptionError as SpecInvalidOptionError } from '@digitlab/spec';
import { ModelsError } from './models-error';

/**
 * A layer, model or function was given an invalid option, e.g. `units: 0` or a duplicate layer name. It is
 * a {@link ModelsError} (by `instanceof` and `isInstance`) and `@digitlab/spec`'s `InvalidOptionError`,
 * whose `functionName` is this error's {@link owner}.
 */
export class InvalidOptionError extends SpecInvalidOptionError {
  static override readonly alsoKinds = [ModelsError.kind];
  /** Who rejected it: a layer class (`'Dense'`), `'Sequential'`, `'ScratchMlp'` or a function (`'save'`). */
  readonly owner: string;

  constructor(owner: string, option: string, requirement: string, value: unknown, hint?: string) {
    const problem = `${owner} option \`${option}\` ${requirement}`;
    super({ functionName: owner, option, value, problem, ...(hint === undefined ? {} : { hint }) });
    this.owner = owner;
  }
}
