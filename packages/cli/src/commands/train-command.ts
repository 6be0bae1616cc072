import type { ModelName } from '@digitlab/models';
import type { Command } from 'commander';
import { type DatasetName, datasetNames } from '../data/dataset-catalog';
import { naturalDataset } from '../data/natural-dataset';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { modelNames, parseDatasetName, parseModelName, requireOption } from '../flags/option-parsers';
import { addRecipeOptions, type RecipeOptionValues, recipeOverrides } from '../flags/recipe-options';
import { addRunOptions, type RunOptionValues, runFlags } from '../flags/run-options';
import type { CliIo } from '../io/cli-io';
import { catalogRecipe } from '../recipes/catalog-recipe';
import { applyOverrides } from '../recipes/recipe';
import { runSingle } from '../run/run-single';

/** The options of `digitlab train`, as commander parses them. */
interface TrainOptions extends RecipeOptionValues, RunOptionValues {
  readonly model?: ModelName;
  readonly dataset?: DatasetName;
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
  addGlobalOptions(command).action(async (options: TrainOptions, self: Command) => {
    const model = requireOption(
      options.model,
      '--model',
      'digitlab train',
      `one of ${modelNames.join(', ')}`,
    );
    const dataset = options.dataset ?? naturalDataset(model);
    const recipe = applyOverrides(catalogRecipe(model, dataset), recipeOverrides(options));
    await runSingle(recipe, runFlags(options), { io, output: outputFor(self, io), command: 'train' });
  });
}
