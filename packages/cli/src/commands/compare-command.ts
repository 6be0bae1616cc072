import type { ModelName } from '@digitlab/models';
import type { OptimizerName } from '@digitlab/trainer';
import type { Command } from 'commander';
import { runComparison } from '../comparison/run-comparison';
import { type DatasetName, datasetNames } from '../data/dataset-catalog';
import { naturalDataset } from '../data/natural-dataset';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import {
  modelNames,
  parseDatasetName,
  parseModelList,
  parseOptimizerList,
  requireOption,
} from '../flags/option-parsers';
import { addRecipeOptions, type RecipeOptionValues, recipeOverrides } from '../flags/recipe-options';
import { addRunOptions, type RunOptionValues, runFlags } from '../flags/run-options';
import type { CliIo } from '../io/cli-io';
import { catalogRecipe } from '../recipes/catalog-recipe';
import { applyOverrides } from '../recipes/recipe';

/** The options of `digitlab compare`, as commander parses them. */
interface CompareOptions extends RecipeOptionValues, RunOptionValues {
  readonly models?: ModelName[];
  readonly optimizers?: OptimizerName[];
  readonly dataset?: DatasetName;
}

/** `digitlab compare --models a,b,c [--optimizers x,y]`: trains each combination and compares them. */
export function registerCompareCommand(program: Command, io: CliIo): void {
  const command = program
    .command('compare')
    .description(
      'train several models (and optimizers) on one data set and print and save the comparison table',
    )
    .option(
      '--models <names>',
      'catalog models separated by commas, e.g. lenet5,tiny-cnn (required)',
      parseModelList,
    )
    .option(
      '--optimizers <names>',
      'optimizers separated by commas; each model is trained with each (default: adam)',
      parseOptimizerList,
    )
    .option(
      '--dataset <name>',
      `data set: ${datasetNames.join(', ')} (default: the first model's)`,
      parseDatasetName,
    );
  addRecipeOptions(command, 'default: 10; batch 32, validation split 0.1', false);
  addRunOptions(command, 'the comparison folder (default: runs/<timestamp>-compare)');
  addGlobalOptions(command).action(async (options: CompareOptions, self: Command) => {
    const models = requireOption(
      options.models,
      '--models',
      'digitlab compare',
      `catalog models separated by commas, such as lenet5,tiny-cnn (${modelNames.join(', ')})`,
    );
    const optimizers = options.optimizers ?? ['adam'];
    const dataset = options.dataset ?? naturalDataset(models[0]!);
    const overrides = recipeOverrides(options);
    const recipes = models.flatMap((model) =>
      optimizers.map((optimizer) => {
        const name = optimizers.length > 1 ? `${model}-${optimizer}` : model;
        return applyOverrides({ ...catalogRecipe(model, dataset), name, optimizer }, overrides);
      }),
    );
    const title = `${models.join(', ')} on ${dataset}${optimizers.length > 1 ? ` with ${optimizers.join(', ')}` : ''}`;
    await runComparison(recipes, { name: 'compare', title }, 'compare', runFlags(options), {
      io,
      output: outputFor(self, io),
      command: 'compare',
    });
  });
}
