import type { ModelName } from '@digitlab/models';
import type { OptimizerConfig, OptimizerName } from '@digitlab/trainer';
import { type DatasetName, findDataset } from '../data/dataset-catalog';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';

/** Everything one training run needs: which model on which data, and how to train it. */
export interface Recipe {
  /** Lab name, or the model name for `train`; names the run folder. */
  readonly name: string;
  /** What the run reproduces, in one line. */
  readonly title: string;
  /** The catalog model. */
  readonly model: ModelName;
  /** Hidden layer sizes, for the MLPs; undefined keeps the model's default. */
  readonly hiddenSizes: readonly number[] | undefined;
  /** Filters of the one-stage CNN's convolution (seed 000 tries 5 and 64); undefined keeps the default. */
  readonly filters: number | undefined;
  readonly dataset: DatasetName;
  readonly optimizer: OptimizerName;
  /** Undefined uses the optimizer's Keras default. */
  readonly learningRate: number | undefined;
  /** SGD's momentum and Keras' legacy decay (seed 004: 0.9 and 1e-6); undefined: plain. */
  readonly optimizerOptions: Pick<OptimizerConfig, 'momentum' | 'decay'> | undefined;
  readonly batchSize: number;
  readonly epochs: number;
  /** Fraction of the training samples held out to validate after every epoch (0 for none). */
  readonly validationSplit: number;
  /**
   * Fraction held out as the test set: of XOR or the digits, and of MNIST or Fashion-MNIST when `pooled`
   * (otherwise those use their official test files and ignore it).
   */
  readonly testSplit: number;
  /**
   * MNIST and Fashion-MNIST: pool the official train and test files into the 70,000 images that
   * `fetch_openml` gives, then hold out `testSplit` at random (seed 004's protocol); false keeps the
   * official 60,000/10,000 split (seed 002's). Ignored by XOR and the digits.
   */
  readonly pooled: boolean;
  /** Seed of the data split, the initial weights, the shuffles and dropout. */
  readonly seed: number;
  /** The analyses of its seed the run's report adds to the usual ones. */
  readonly analyses: readonly ReportAnalysis[];
}

/**
 * An analysis a seed shows: seed 002's histogram of p(digit 0) for the zeros and for the rest (log scale),
 * and seed 004's per-image statistics (mean, variance, std, entropy) with the class counts of its split.
 */
export type ReportAnalysis = 'probability-histogram' | 'dataset-statistics';

/** What the command line may change in a recipe; undefined keeps the recipe's value. */
export interface RecipeOverrides {
  /** Another data set with samples of the same shape (e.g. a MNIST lab on Fashion-MNIST). */
  readonly dataset?: DatasetName | undefined;
  readonly epochs?: number | undefined;
  readonly batchSize?: number | undefined;
  readonly optimizer?: OptimizerName | undefined;
  readonly learningRate?: number | undefined;
  readonly validationSplit?: number | undefined;
  readonly seed?: number | undefined;
}

const recipeOverrideKeys: OptionKeys<RecipeOverrides> = {
  dataset: true,
  epochs: true,
  batchSize: true,
  optimizer: true,
  learningRate: true,
  validationSplit: true,
  seed: true,
};

/**
 * A recipe with the overrides applied. Choosing another optimizer drops the recipe's learning rate, which
 * was tuned for its own optimizer, unless a learning rate is given too.
 */
export function applyOverrides(recipe: Recipe, overrides: RecipeOverrides): Recipe {
  checkOptionKeys('applyOverrides', overrides, recipeOverrideKeys);
  const optimizerChanged = overrides.optimizer !== undefined && overrides.optimizer !== recipe.optimizer;
  const dataset = overrides.dataset ?? recipe.dataset;
  // A data set without official test files needs a split of its own; one with them ignores testSplit.
  const testSplit =
    findDataset(dataset).testSet === 'split' && recipe.testSplit === 0 ? 0.25 : recipe.testSplit;
  return {
    ...recipe,
    dataset,
    testSplit,
    epochs: overrides.epochs ?? recipe.epochs,
    batchSize: overrides.batchSize ?? recipe.batchSize,
    optimizer: overrides.optimizer ?? recipe.optimizer,
    optimizerOptions: optimizerChanged ? undefined : recipe.optimizerOptions,
    learningRate: overrides.learningRate ?? (optimizerChanged ? undefined : recipe.learningRate),
    validationSplit: overrides.validationSplit ?? recipe.validationSplit,
    seed: overrides.seed ?? recipe.seed,
  };
}
