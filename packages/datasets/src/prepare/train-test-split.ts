import type { ImageDataset } from '../image-dataset';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { selectSamples } from './select-samples';
import { splitIndices } from './split-indices';

/** Options of {@link trainTestSplit}. */
export interface TrainTestSplitOptions {
  /** Fraction of the samples in the test set, strictly between 0 and 1. @default 0.25 */
  testSize?: number;
  /** Seed of the {@link createRandom} generator; one seed gives one split everywhere. @default a random seed */
  seed?: number;
  /** Keep each class's share the same in both sets (to within one sample). @default false */
  stratify?: boolean;
}

const trainTestSplitOptionKeys: OptionKeys<TrainTestSplitOptions> = {
  testSize: true,
  seed: true,
  stratify: true,
};

/**
 * Splits a data set at random into train and test sets, like scikit-learn's `train_test_split`: the test set gets
 * `ceil(testSize * count)` samples, and both sets come in shuffled order. Throws {@link InvalidOptionError} for a
 * `testSize` outside (0, 1) and {@link EmptyDatasetError} when a set would be empty.
 */
export function trainTestSplit(
  dataset: ImageDataset,
  options: TrainTestSplitOptions = {},
): { train: ImageDataset; test: ImageDataset } {
  checkOptionKeys('trainTestSplit', options, trainTestSplitOptionKeys);
  const { testSize = 0.25, seed, stratify = false } = options;
  const { kept, heldOut } = splitIndices(dataset, {
    fraction: testSize,
    seed,
    stratify,
    names: ['trainTestSplit', 'testSize'],
  });
  return { train: selectSamples(dataset, kept), test: selectSamples(dataset, heldOut) };
}
