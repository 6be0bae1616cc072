import { golden32, mix32 } from './mix32';

/**
 * The named streams one user seed fans out into. Each draws from its own derived seed, so using more of
 * one (a larger split, more dropout layers) never shifts another:
 * - `split`: which samples are held out (train/test, validation);
 * - `shuffle`: the order of the training samples, per epoch;
 * - `dropout`: dropout masks, per epoch;
 * - `noise`: generated data, such as XOR's Gaussian noise.
 * Weight initialisation is the model's own seed fanned out per layer and weight by {@link childSeed}.
 */
export const seedStreams = { split: 1, shuffle: 2, dropout: 3, noise: 4 } as const;

/** One of {@link seedStreams}. */
export type SeedStream = keyof typeof seedStreams;

/**
 * The seed of one named stream (and, for per-epoch streams, one epoch) derived from a user seed. Deriving
 * per epoch instead of drawing from one running generator is what makes a resumed run identical to an
 * uninterrupted one: epoch 7's shuffle depends on nothing but the seed, the stream and the number 7.
 */
export function deriveSeed(seed: number, stream: SeedStream, index = 0): number {
  return mix32(seed ^ Math.imul(seedStreams[stream], golden32) ^ Math.imul(index + 1, 0x85ebca6b));
}

/**
 * The `index`-th child of a seed: a layer's seed from the model's, a weight's from its layer's, a dropout
 * call's mask from its layer's. This is how one model seed fans out into every weight.
 */
export function childSeed(seed: number, index: number): number {
  return mix32(Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul((index >>> 0) + 0x7f4a7c15, 0x85ebca6b));
}

/** A fresh seed for callers that gave none (not reproducible: `Math.random`). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
