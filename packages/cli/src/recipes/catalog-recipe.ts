import type { ModelName } from '@digitlab/models';
import type { DatasetName } from '../data/dataset-catalog';
import type { Recipe } from './recipe';

/**
 * The settings of `train` and `compare` for a catalog model before options: Adam at Keras' default rate,
 * batch 32, 10 epochs.
 */
export function catalogRecipe(model: ModelName, dataset: DatasetName): Recipe {
  return {
    name: model,
    title: `${model} on ${dataset}`,
    model,
    hiddenSizes: undefined,
    filters: undefined,
    dataset,
    optimizer: 'adam',
    learningRate: undefined,
    optimizerOptions: undefined,
    batchSize: 32,
    epochs: 10,
    validationSplit: 0.1,
    testSplit: 0.25,
    pooled: false,
    seed: 42,
    analyses: [],
  };
}
