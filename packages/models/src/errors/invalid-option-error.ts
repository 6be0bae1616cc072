import { packageOptionError } from '@digitlab/spec';
import { ModelsError } from './models-error';

/**
 * A layer, model or function was given an invalid option, e.g. `units: 0` or a duplicate layer name. It is
 * a {@link ModelsError} (by `instanceof` and `isInstance`) and `@digitlab/spec`'s `InvalidOptionError`;
 * constructed as `(owner, option, requirement, value, hint?)`.
 */
export class InvalidOptionError extends packageOptionError(ModelsError.kind) {
  /** Who rejected it: a layer class (`'Dense'`), `'Sequential'`, `'ScratchMlp'` or a function (`'save'`). */
  get owner(): string {
    return this.functionName;
  }
}
