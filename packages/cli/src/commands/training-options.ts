import { type FitEngine, optimizerNames } from '@digitlab/trainer';
import type { Command } from 'commander';
import {
  fractionOption,
  integerOption,
  optionLimits,
  parseEngine,
  parseOptimizer,
  positiveOption,
} from '../cli/option-parsers';
import type { RecipeOverrides } from '../recipes/recipe';
import { type CliBackend, cliBackends, parseBackend } from '../training/cli-backends';

/** Where and how a run happens, beside its recipe: the backend, the data's location and the output folder. */
export interface RunFlags {
  readonly backend: CliBackend;
  /** `--engine`: the trainer's fused WebAssembly engine, tfjs ops, or whichever fits (`auto`). */
  readonly engine: FitEngine;
  /** `--threads`: threads of the fused engine (undefined: the trainer's default). */
  readonly threads: number | undefined;
  /** `--data-dir`: a folder searched first for MNIST / Fashion-MNIST files. */
  readonly dataDir: string | undefined;
  /** `--offline`: never download. */
  readonly offline: boolean;
  /** `--out`: the run (or comparison) folder. */
  readonly out: string | undefined;
}

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

/** Adds `--backend`, `--engine`, `--threads`, `--data-dir`, `--offline` and `--out`. */
export function addRunOptions(
  command: Command,
  outDescription = 'the run folder (default: runs/<timestamp>-<name>)',
): Command {
  return command
    .option(
      '--backend <name>',
      `tfjs backend: ${cliBackends.join(', ')}`,
      (value) => parseBackend(value),
      'auto',
    )
    .option(
      '--engine <name>',
      "how batches are computed: fused (digitlab's WebAssembly engine), tfjs (tfjs ops) or auto " +
        '(fused on wasm and cpu when it covers the model)',
      (value) => parseEngine(value),
      'auto',
    )
    .option(
      '--threads <n>',
      'threads of the fused engine (default: the cores, 4 at most; 1 for tiny models)',
      integerOption('--threads', 1, optionLimits.threads),
    )
    .option('--data-dir <folder>', 'folder searched first for MNIST / Fashion-MNIST files')
    .option('--offline', 'never download data; fail with the files to put in place instead')
    .option('--out <folder>', outDescription);
}

/** The recipe overrides among a command's options. */
export function recipeOverrides(options: Record<string, unknown>): RecipeOverrides {
  return {
    epochs: options.epochs as number | undefined,
    batchSize: options.batchSize as number | undefined,
    optimizer: options.optimizer as RecipeOverrides['optimizer'],
    learningRate: options.learningRate as number | undefined,
    validationSplit: options.validationSplit as number | undefined,
    seed: options.seed as number | undefined,
  };
}

/** The run flags among a command's options. */
export function runFlags(options: Record<string, unknown>): RunFlags {
  return {
    backend: (options.backend as CliBackend | undefined) ?? 'auto',
    engine: (options.engine as FitEngine | undefined) ?? 'auto',
    threads: options.threads as number | undefined,
    dataDir: options.dataDir as string | undefined,
    offline: options.offline === true,
    out: options.out as string | undefined,
  };
}
