import { validationSplitCounts } from '@digitlab/trainer';
import { findDataset } from '../data/dataset-catalog';
import type { Recipe } from './recipe';

/** A recipe's sample counts as planned, before any data loads. */
export interface PlannedSamples {
  /** What `fit` receives: the training files, or what the test split leaves. */
  readonly fit: number;
  /** Of those, trained on and held out by the validation split. */
  readonly train: number;
  readonly validation: number;
}

/**
 * The samples a recipe will train and validate on, from the catalog's counts and its protocol: the official
 * training files (60,000 for MNIST), or what a test split of `testSplit` leaves of all of them (XOR, the digits,
 * pooled MNIST), rounding the held-out share up as `trainTestSplit` and the XOR lab do. Files from `--data-dir`
 * may hold other counts; `fit` checks those once they have loaded.
 */
export function plannedSamples(recipe: Recipe): PlannedSamples {
  const { samples, testSet } = findDataset(recipe.dataset);
  const fit =
    testSet === 'official' && !recipe.pooled
      ? samples.train
      : samples.all - Math.ceil(recipe.testSplit * samples.all);
  return { fit, ...validationSplitCounts(fit, recipe.validationSplit) };
}
