import type { Command } from 'commander';
import { UnknownNameError } from '../errors/unknown-name-error';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { addRecipeOptions, type RecipeOptionValues, recipeOverrides } from '../flags/recipe-options';
import { addRunOptions, type RunOptionValues, runFlags } from '../flags/run-options';
import type { CliIo } from '../io/cli-io';
import { defaultRecipe } from '../recipes/default-recipe';
import { applyOverrides } from '../recipes/recipe';
import { runSingle } from '../run/run-single';

/**
 * `digitlab run`, the default command (`digitlab` alone runs it): trains the one-stage CNN on the embedded
 * 8x8 digits, prints the summary, progress, test accuracy, classification report and confusion matrix,
 * and writes the run folder.
 */
export function registerRunCommand(program: Command, io: CliIo): void {
  const { epochs, optimizer, learningRate, batchSize } = defaultRecipe;
  const command = program
    .command('run', { isDefault: true })
    .description(
      'the main job, also what `digitlab` alone runs: the one-stage CNN on the embedded 8x8 digits, offline',
    )
    .allowExcessArguments();
  addRecipeOptions(command, `default: ${epochs}; ${optimizer} at ${learningRate}, batch ${batchSize}`);
  addRunOptions(command);
  addGlobalOptions(command).action(async (options: RecipeOptionValues & RunOptionValues, self: Command) => {
    // Commander hands the default command whatever did not name a command, so a typo lands here.
    const [first] = self.args;
    if (first !== undefined) {
      const names = program.commands.map((candidate) => candidate.name());
      throw new UnknownNameError('command', '<command>', first, names);
    }
    const context = { io, output: outputFor(self, io), command: 'run' };
    await runSingle(applyOverrides(defaultRecipe, recipeOverrides(options)), runFlags(options), context);
  });
}
