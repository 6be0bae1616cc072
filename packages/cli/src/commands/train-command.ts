import type { ModelName } from '@digitlab/models';
import type { Command } from 'commander';
import type { CliIo } from '../cli/cli-io';
import { addGlobalOptions, outputFor } from '../cli/global-options';
import { modelNames, parseDatasetName, parseModelName, requireOption } from '../cli/option-parsers';
import { type DatasetName, datasetNames } from '../data/dataset-catalog';
import { naturalDataset } from '../data/natural-dataset';
import { applyOverrides, type Recipe } from '../recipes/recipe';
import { runSingle } from './run-single';
import { addRecipeOptions, addRunOptions, recipeOverrides, runFlags } from './training-options';

/** The settings of `train` before options: Adam at Keras' default rate, batch 32, 10 epochs. */
export function trainCommandRecipe(model: ModelName, dataset: DatasetName): Recipe {
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

/** `digitlab train --model <name> --dataset <name>`: trains any catalog model on any data set it fits. */
export function registerTrainCommand(program: Command, io: CliIo): void {
  const command = program
    .command('train')
    .description('train a catalog model on a data set and write its run folder')
    .option('--model <name>', `catalog model (required): ${modelNames.join(', ')}`, (value) =>
      parseModelName(value),
    )
    .option(
      '--dataset <name>',
      `data set: ${datasetNames.join(', ')} (default: the one the model was made for)`,
      parseDatasetName,
    );
  addRecipeOptions(command, 'default: 10; adam, batch 32, validation split 0.1');
  addRunOptions(command);
  addGlobalOptions(command).action(async (options: Record<string, unknown>, self: Command) => {
    const model = requireOption(
      options.model as ModelName | undefined,
      '--model',
      'digitlab train',
      `one of ${modelNames.join(', ')}`,
    );
    const dataset = (options.dataset as DatasetName | undefined) ?? naturalDataset(model);
    const recipe = applyOverrides(trainCommandRecipe(model, dataset), recipeOverrides(options));
    await runSingle(recipe, runFlags(options), { io, output: outputFor(self, io), command: 'train' });
  });
}
