import { type CatalogModelOptions, createModel } from '@digitlab/models';
import type { TrainingCheckpoint } from '@digitlab/trainer';
import * as tf from '@tensorflow/tfjs-core';
import { findDataset } from '../data/dataset-catalog';
import type { Recipe } from '../recipes/recipe';
import { type CliModel, saveModelFolder } from './model-files';

/** A recipe's model as `fit` starts it: built with the recipe's seed and sizes for `classes` classes. */
export function createRecipeModel(recipe: Recipe, classes: number): CliModel {
  const options: CatalogModelOptions & { hiddenSizes?: readonly number[]; filters?: number } = {
    seed: recipe.seed,
    classes,
  };
  if (recipe.hiddenSizes !== undefined) options.hiddenSizes = recipe.hiddenSizes;
  if (recipe.filters !== undefined) options.filters = recipe.filters;
  return createModel(recipe.model, options);
}

/**
 * Saves a recipe's model with a checkpoint's weights (or, with none, the initial weights `fit` started from)
 * into `folder` in the TF.js Layers format, with the data set's input scale, as a finished run's `model/`
 * (a backend must be set up). For a diverged run: its last finite weights, which `evaluate` and `predict` load.
 */
export async function saveRecipeModel(
  recipe: Recipe,
  checkpoint: TrainingCheckpoint | undefined,
  folder: string,
): Promise<void> {
  const dataset = findDataset(recipe.dataset);
  const model = createRecipeModel(recipe, dataset.classes);
  try {
    if (checkpoint !== undefined) {
      const weights = checkpoint.weights.map((stored) => tf.tensor(stored.values, [...stored.shape]));
      model.setWeights(weights);
      tf.dispose(weights);
    }
    await saveModelFolder(model, folder, { inputMaxValue: dataset.maxValue });
  } finally {
    model.dispose();
  }
}
