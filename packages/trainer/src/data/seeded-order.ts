import { createRandom, permutation } from '@digitlab/datasets';
import { deriveSeed } from '@digitlab/spec';

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
  const order = permutation(count, createRandom(deriveSeed(seed, 'split')));
  const trainCount = validationSplitCounts(count, fraction).train;
  return { train: order.slice(0, trainCount), validation: order.slice(trainCount) };
}

/**
 * How many of `count` samples `fit`'s `validationSplit` of `fraction` keeps for training and holds out for
 * validation, known before any data is loaded (a `fit` that would leave either empty refuses to start).
 */
export function validationSplitCounts(
  count: number,
  fraction: number,
): { train: number; validation: number } {
  const train = Math.floor(count * (1 - fraction));
  return { train, validation: count - train };
}
