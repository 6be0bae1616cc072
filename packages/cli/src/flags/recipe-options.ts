import { optimizerNames } from '@digitlab/trainer';
import type { Command } from 'commander';
import type { RecipeOverrides } from '../recipes/recipe';
import {
  fractionOption,
  integerOption,
  optionLimits,
  parseOptimizer,
  positiveOption,
} from './option-parsers';

/** The values of the options {@link addRecipeOptions} adds, as commander parses them. */
export type RecipeOptionValues = Omit<RecipeOverrides, 'dataset'>;

/**
 * Adds the options that change a recipe: `--epochs`, `--batch-size`, `--optimizer`, `--learning-rate`,
 * `--validation-split` and `--seed`. `defaults` describes the values used when they are left out;
 * `withOptimizer` false leaves out `--optimizer` (for `compare`, which takes `--optimizers`).
 */
export function addRecipeOptions(command: Command, defaults: string, withOptimizer = true): Command {
  command
    .option(
      '--epochs <n>',
      `epochs to train (${defaults})`,
      integerOption('--epochs', 1, optionLimits.epochs),
    )
    .option(
      '--batch-size <n>',
      'samples per gradient step',
      integerOption('--batch-size', 1, optionLimits.batchSize),
    );
  if (withOptimizer) {
    command.option('--optimizer <name>', `optimizer: ${optimizerNames.join(', ')}`, (value) =>
      parseOptimizer(value),
    );
  }
  return command
    .option(
      '--learning-rate <rate>',
      "learning rate (default: the optimizer's Keras default)",
      positiveOption('--learning-rate'),
    )
    .option(
      '--validation-split <fraction>',
      'fraction of the training set held out to validate each epoch',
      fractionOption('--validation-split'),
    )
    .option(
      '--seed <n>',
      'seed of the data split, initial weights, shuffles and dropout',
      integerOption('--seed', 0, optionLimits.seed),
    );
}

/** The recipe overrides among a command's options (which hold its other options too). */
export function recipeOverrides(options: RecipeOptionValues): RecipeOverrides {
  const { epochs, batchSize, optimizer, learningRate, validationSplit, seed } = options;
  return { epochs, batchSize, optimizer, learningRate, validationSplit, seed };
}
