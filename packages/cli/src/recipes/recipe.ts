import type { ModelName } from '@digitlab/models';
import type { OptimizerName } from '@digitlab/trainer';
import { type DatasetName, findDataset } from '../data/dataset-catalog';

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
  readonly dataset: DatasetName;
  readonly optimizer: OptimizerName;
  /** Undefined uses the optimizer's Keras default. */
  readonly learningRate: number | undefined;
  readonly batchSize: number;
  readonly epochs: number;
  /** Fraction of the training samples held out to validate after every epoch (0 for none). */
  readonly validationSplit: number;
  /** Fraction of XOR or the digits held out as the test set (MNIST and Fashion-MNIST have their own). */
  readonly testSplit: number;
  /** Seed of the data split, the initial weights, the shuffles and dropout. */
  readonly seed: number;
}

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

/**
 * A recipe with the overrides applied. Choosing another optimizer drops the recipe's learning rate, which
 * was tuned for its own optimizer, unless a learning rate is given too.
 */
export function applyOverrides(recipe: Recipe, overrides: RecipeOverrides): Recipe {
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
    learningRate: overrides.learningRate ?? (optimizerChanged ? undefined : recipe.learningRate),
    validationSplit: overrides.validationSplit ?? recipe.validationSplit,
    seed: overrides.seed ?? recipe.seed,
  };
}
