/**
 * MurmurHash3's 32-bit finaliser: every input bit flips about half the output bits, so nearby inputs
 * (seed 1 and seed 2, stream 3 and stream 4) give unrelated outputs. All of digitlab's seed derivation
 * ends in it: {@link deriveSeed}, {@link childSeed} and datasets' `createRandom` seeding.
 */
export function mix32(value: number): number {
  let z = value >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** 2^32 / φ, the additive constant of splitmix32 and of the stream term in {@link deriveSeed}. */
export const golden32 = 0x9e3779b9;
