import { levenshtein } from './levenshtein';

/**
 * The candidate closest to `received` by case-insensitive edit distance, or undefined when there are no
 * candidates or none is within `maxDistance` edits. A candidate that starts with what was typed (`lenet5`
 * for `lenet`) wins over any other, and ties go to the earlier candidate, so the answer is stable.
 */
export function closestName(
  received: string,
  candidates: readonly string[],
  maxDistance = Number.POSITIVE_INFINITY,
): string | undefined {
  const typed = received.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const name = candidate.toLowerCase();
    const distance = typed.length > 0 && name.startsWith(typed) ? -1 : levenshtein(typed, name);
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  return best !== undefined && best.distance <= maxDistance ? best.candidate : undefined;
}
