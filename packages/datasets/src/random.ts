import { golden32, mix32, randomSeed } from '@digitlab/spec';

/**
 * A small, fast, seedable pseudo-random number generator: sfc32 (Chris Doty-Humphrey's "Small Fast
 * Counting" generator, 128-bit state, period at least 2^32), seeded from one 32-bit integer through
 * splitmix32 and warmed up by 12 rounds, as PractRand recommends. It is the one source of randomness in
 * digitlab's data preparation, so one seed gives the same split, shuffle and noise on every platform.
 * It is not cryptographically secure.
 */
export interface Random {
  /** A float uniformly distributed in [0, 1), with 32 bits of randomness. */
  next(): number;
  /** An integer uniformly distributed in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** A standard normal sample (mean 0, standard deviation 1), by the Box–Muller transform. */
  normal(): number;
  /** The generator's state, to save in a checkpoint and restore with {@link createRandom}. */
  state(): RandomState;
}

/** The four 32-bit words of sfc32's state. */
export type RandomState = readonly [number, number, number, number];

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + golden32) >>> 0;
    return mix32(state);
  };
}

/**
 * Creates a generator from a seed (any finite number; its low 32 bits are used) or from a state saved
 * with {@link Random.state}. Without a seed, one is drawn from `Math.random`.
 */
export function createRandom(seed: number | RandomState = randomSeed()): Random {
  let a: number;
  let b: number;
  let c: number;
  let d: number;
  const step = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  if (typeof seed === 'number') {
    const mix = splitmix32(seed);
    a = mix();
    b = mix();
    c = mix();
    d = mix();
    for (let i = 0; i < 12; i++) step();
  } else {
    [a, b, c, d] = seed.map((word) => word >>> 0) as [number, number, number, number];
  }
  const next = () => step() / 2 ** 32;
  return {
    next,
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    // One sample per pair of uniforms (the sine half is dropped) so that state() captures everything.
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    state: () => [a, b, c, d],
  };
}
