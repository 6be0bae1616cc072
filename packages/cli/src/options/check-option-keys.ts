import { InvalidOptionError } from '../errors/invalid-option-error';
import { closestMatch } from '../suggest/closest-match';

/**
 * Every key of an options type, each set to true. Written as a mapped type, so the compiler fails when a
 * key of the type is left out of the list or the list names a key the type does not have.
 */
export type OptionKeys<Options> = { readonly [Key in keyof Required<Options>]: true };

/**
 * Throws {@link InvalidOptionError} for a key of `options` that is not an option (a typo such as
 * `epoch`, or an option of another function), naming the closest valid key: unknown keys are never
 * silently ignored, as in every other digitlab package.
 */
export function checkOptionKeys<Options extends object>(
  functionName: string,
  options: Options | undefined,
  known: OptionKeys<Options>,
): void {
  if (options === undefined || options === null) return;
  const valid = Object.keys(known);
  for (const key of Object.keys(options)) {
    if (Object.hasOwn(known, key)) continue;
    // The same reach as the other packages' check: a few edits, more for longer names.
    const closest = closestMatch(key, valid, Math.max(2, Math.floor(key.length / 3)));
    const hint = closest === undefined ? '' : ` (did you mean \`${closest}\`?)`;
    const value = (options as Record<string, unknown>)[key];
    throw new InvalidOptionError(
      functionName,
      key,
      `is not an option${hint}; the options are ${valid.join(', ')}`,
      value,
    );
  }
}
