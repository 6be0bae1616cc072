import { packageOptionError } from '@digitlab/spec';
import { TrainerError } from './trainer-error';

/**
 * A function was given an option outside its allowed range, e.g. `fit(..., { batchSize: 0 })`. It is a
 * {@link TrainerError} (by `instanceof` and `isInstance`) and `@digitlab/spec`'s `InvalidOptionError`;
 * constructed as `(functionName, option, requirement, value, hint?)`.
 */
export class InvalidOptionError extends packageOptionError(TrainerError.kind) {}
