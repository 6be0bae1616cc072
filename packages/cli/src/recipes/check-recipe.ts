import { modelCatalog } from '@digitlab/models';
import { checkInputShape } from '../data/check-input-shape';
import { findDataset } from '../data/dataset-catalog';
import { UsageError } from '../errors/usage-error';
import { plannedSamples } from './planned-samples';
import type { Recipe } from './recipe';

/**
 * Fails at once (before any backend or data is loaded, and before a run folder is claimed) when the recipe's
 * model cannot take its data set, or its validation split would leave no training or no validation samples.
 */
export function checkRecipe(recipe: Recipe): void {
  const entry = modelCatalog.find((candidate) => candidate.name === recipe.model)!;
  checkInputShape(recipe.model, entry.inputShape, findDataset(recipe.dataset));
  const { validationSplit } = recipe;
  const planned = plannedSamples(recipe);
  if (validationSplit > 0 && (planned.train === 0 || planned.validation === 0)) {
    throw new UsageError(
      '--validation-split',
      validationSplit,
      `--validation-split ${validationSplit} of the ${planned.fit} ${recipe.dataset} samples trained on leaves ` +
        `${planned.train} to train and ${planned.validation} to validate; choose a fraction that leaves both, such as 0.1`,
    );
  }
}
