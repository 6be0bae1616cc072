import { modelCatalog } from '@digitlab/models';
import { checkInputShape } from '../data/check-input-shape';
import { findDataset } from '../data/dataset-catalog';
import type { Recipe } from './recipe';

/** Fails at once (before any backend or data is loaded) when the recipe's model cannot take its data set. */
export function checkRecipe(recipe: Recipe): void {
  const entry = modelCatalog.find((candidate) => candidate.name === recipe.model)!;
  checkInputShape(recipe.model, entry.inputShape, findDataset(recipe.dataset));
}
