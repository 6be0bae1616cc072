import type { ImageDataset } from '../image-dataset';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { createRandom } from '../random';
import { permutation } from './permutation';
import { selectSamples } from './select-samples';

/** Options of {@link shuffleDataset}. */
export interface ShuffleOptions {
  /** Seed of the {@link createRandom} generator; one seed gives one order everywhere. @default a random seed */
  seed?: number;
}

const shuffleDatasetOptionKeys: OptionKeys<ShuffleOptions> = { seed: true };

/** A copy of the data set with its samples in a seeded random order. */
export function shuffleDataset(dataset: ImageDataset, options: ShuffleOptions = {}): ImageDataset {
  checkOptionKeys('shuffleDataset', options, shuffleDatasetOptionKeys);
  const { seed } = options;
  return selectSamples(dataset, permutation(dataset.count, createRandom(seed)));
}
