import { InvalidOptionError, optionDetails } from './invalid-option-error';

/** An {@link InvalidOptionError} of a package, which always knows the function that refused the option. */
export interface PackageInvalidOptionError extends InvalidOptionError {
  readonly functionName: string;
}

/** The class {@link packageOptionError} returns: {@link InvalidOptionError}'s statics, the packages' constructor. */
export type PackageOptionErrorClass = Omit<typeof InvalidOptionError, 'prototype'> & {
  new (
    functionName: string,
    option: string,
    requirement: string,
    value: unknown,
    hint?: string,
  ): PackageInvalidOptionError;
  readonly prototype: PackageInvalidOptionError;
};

/**
 * The `InvalidOptionError` class of a package whose base error declares `kind`: an
 * {@link InvalidOptionError} that is also that package's error (by `instanceof` and `isInstance`), built
 * from the arguments the packages pass, `(functionName, option, requirement, value, hint?)`.
 */
export function packageOptionError(kind: string): PackageOptionErrorClass {
  return class InvalidOptionError_ extends InvalidOptionError {
    static override readonly alsoKinds: readonly string[] = [kind];
    declare readonly functionName: string;

    /**
     * @param functionName The function that refused it, e.g. `'fit'`.
     * @param option The option, e.g. `'batchSize'`.
     * @param requirement What the option must be, e.g. `'must be a positive integer'`.
     * @param value The value received.
     * @param hint What to do, where known.
     */
    constructor(functionName: string, option: string, requirement: string, value: unknown, hint?: string) {
      super(optionDetails(functionName, option, requirement, value, hint));
    }
  };
}
