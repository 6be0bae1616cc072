import { createRandom } from '@digitlab/datasets';

/** What a derived seed is for; each stream gets independent numbers from one training seed. */
export type SeedStream = 'split' | 'shuffle' | 'dropout';

const streamIds: Record<SeedStream, number> = { split: 1, shuffle: 2, dropout: 3 };

/**
 * A seed for one stream and epoch, derived from the training seed (splitmix32 finaliser). Deriving per
 * epoch instead of drawing from one running generator is what makes a resumed run identical to an
 * uninterrupted one: epoch 7's shuffle and dropout masks depend on nothing but the seed and the number 7.
 */
export function deriveSeed(seed: number, stream: SeedStream, epoch = 0): number {
  let z = (seed ^ Math.imul(streamIds[stream], 0x9e3779b9) ^ Math.imul(epoch + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** `values` shuffled in place (Fisher–Yates) with a generator seeded by `seed`. */
export function shuffleInPlace(values: Uint32Array, seed: number): Uint32Array {
  const random = createRandom(seed);
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const swap = values[i]!;
    values[i] = values[j]!;
    values[j] = swap;
  }
  return values;
}

/** `0 .. count-1` in order. */
export function range(count: number): Uint32Array {
  const values = new Uint32Array(count);
  for (let i = 0; i < count; i++) values[i] = i;
  return values;
}

/**
 * A random, seeded split of `count` samples: Keras' `validationSplit` takes the last fraction as it comes,
 * here the samples are permuted first so sorted data sets validate on every class.
 */
export function splitIndices(
  count: number,
  fraction: number,
  seed: number,
): { train: Uint32Array; validation: Uint32Array } {
  const order = shuffleInPlace(range(count), deriveSeed(seed, 'split'));
  const trainCount = Math.floor(count * (1 - fraction));
  return { train: order.slice(0, trainCount), validation: order.slice(trainCount) };
}
