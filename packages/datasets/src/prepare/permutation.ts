import type { Random } from '../random';

/** A uniformly random ordering of `0 .. count-1` (Fisher–Yates), drawn from `random`. */
export function permutation(count: number, random: Random): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  shuffleInPlace(order, random);
  return order;
}

/** Shuffles `values` in place (Fisher–Yates), drawing from `random`; returns `values`. */
export function shuffleInPlace(values: Uint32Array, random: Random): Uint32Array {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const swap = values[i]!;
    values[i] = values[j]!;
    values[j] = swap;
  }
  return values;
}
