import { packageOptionError } from '@digitlab/spec';
import { DatasetsError } from './datasets-error';

/**
 * A function was given an option or argument outside its allowed range, e.g. `testSize: 1.5`. It is a
 * {@link DatasetsError} (by `instanceof` and `isInstance`) and `@digitlab/spec`'s `InvalidOptionError`;
 * constructed as `(functionName, option, requirement, value, hint?)`.
 */
export class InvalidOptionError extends packageOptionError(DatasetsError.kind) {}
