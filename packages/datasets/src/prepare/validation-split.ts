import type { ImageDataset } from '../image-dataset';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { selectSamples } from './select-samples';
import { splitIndices } from './split-indices';

/** Options of {@link validationSplit}. */
export interface ValidationSplitOptions {
  /** Fraction of the samples held out for validation, strictly between 0 and 1. @default 0.1 */
  validationSize?: number;
  /** Seed of the {@link createRandom} generator. @default a random seed */
  seed?: number;
  /** Keep each class's share the same in both sets (to within one sample). @default false */
  stratify?: boolean;
}

const validationSplitOptionKeys: OptionKeys<ValidationSplitOptions> = {
  validationSize: true,
  seed: true,
  stratify: true,
};

/**
 * Holds out a random, seeded validation set. Unlike Keras' `validation_split`, which takes the last fraction of
 * the samples as they come, the held-out samples are drawn at random, so a file sorted by class still gives a
 * representative validation set.
 */
export function validationSplit(
  dataset: ImageDataset,
  options: ValidationSplitOptions = {},
): { train: ImageDataset; validation: ImageDataset } {
  checkOptionKeys('validationSplit', options, validationSplitOptionKeys);
  const { validationSize = 0.1, seed, stratify = false } = options;
  const { kept, heldOut } = splitIndices(dataset, {
    fraction: validationSize,
    seed,
    stratify,
    names: ['validationSplit', 'validationSize'],
  });
  return { train: selectSamples(dataset, kept), validation: selectSamples(dataset, heldOut) };
}
