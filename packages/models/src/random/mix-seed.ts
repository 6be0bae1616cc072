/**
 * Derives an independent 32-bit seed from a seed and a stream index (a layer's position, a weight's index,
 * a dropout call counter), with a murmur3-style finalizer so nearby inputs give unrelated outputs. This is
 * how one model seed fans out into every weight and dropout mask.
 */
export function mixSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul((index >>> 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A fresh seed for callers that gave none. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
