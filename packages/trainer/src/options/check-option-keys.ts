import { InvalidOptionError } from '../errors/invalid-option-error';

/**
 * Every key of an options type, each set to true. Written as a mapped type, so the compiler fails when a
 * key of the type is left out of the list or the list names a key the type does not have.
 */
export type OptionKeys<Options> = { readonly [Key in keyof Required<Options>]: true };

/**
 * Throws {@link InvalidOptionError} for a key of `options` that is not an option (a typo such as
 * `epoch`, or an option of another function), naming the closest valid key: unknown keys are never
 * silently ignored.
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
    const closest = closestKey(key, valid);
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

/** The valid key that starts with `key`, else the one within a few edits of it (case ignored), if any. */
function closestKey(key: string, valid: readonly string[]): string | undefined {
  const typed = key.toLowerCase();
  const prefixed = valid.find((candidate) => candidate.toLowerCase().startsWith(typed));
  if (prefixed !== undefined) return prefixed;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of valid) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  return best !== undefined && best.distance <= Math.max(2, Math.floor(key.length / 3))
    ? best.candidate
    : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
