import { InvalidOptionError, optionDetails } from '../errors/invalid-option-error';
import { closestName } from './closest-name';

/**
 * Every key of an options type, each set to true. Written as a mapped type, so the compiler fails when a
 * key of the type is left out of the list or the list names a key the type does not have.
 */
export type OptionKeys<Options> = { readonly [Key in keyof Required<Options>]: true };

/**
 * Makes the error for an unknown key, with the arguments of the packages' `InvalidOptionError`
 * constructors: a package passes its own subclass.
 */
export type RefuseOption = (
  functionName: string,
  option: string,
  requirement: string,
  value: unknown,
  hint?: string,
) => Error;

/**
 * Throws for a key of `options` that is not an option (a typo such as `epoch`, or an option of another
 * function), naming the closest valid key: unknown keys are never silently ignored. The error is
 * {@link InvalidOptionError}, or what `refuse` makes of the same arguments.
 */
export function checkOptionKeys<Options extends object>(
  functionName: string,
  options: Options | undefined,
  known: OptionKeys<Options>,
  refuse: RefuseOption = (...details) => new InvalidOptionError(optionDetails(...details)),
): void {
  if (options === undefined || options === null) return;
  const valid = Object.keys(known);
  for (const key of Object.keys(options)) {
    if (Object.hasOwn(known, key)) continue;
    // A third of the name, at least two edits: `epoch` finds `epochs`, `bogus` finds nothing.
    const closest = closestName(key, valid, Math.max(2, Math.floor(key.length / 3)));
    const hint = closest === undefined ? undefined : `did you mean \`${closest}\`?`;
    const requirement = `is not an option${hint === undefined ? '' : ` (${hint})`}; the options are ${valid.join(', ')}`;
    throw refuse(functionName, key, requirement, (options as Record<string, unknown>)[key], hint);
  }
}

/** {@link checkOptionKeys} bound to a package's `refuse`, for the package's own `checkOptionKeys`. */
export function optionKeyChecker(
  refuse: RefuseOption,
): <Options extends object>(
  functionName: string,
  options: Options | undefined,
  known: OptionKeys<Options>,
) => void {
  return (functionName, options, known) => checkOptionKeys(functionName, options, known, refuse);
}
