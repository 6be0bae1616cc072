import type { Command } from 'commander';
import { runComparison } from '../comparison/run-comparison';
import { type DatasetName, datasetNames } from '../data/dataset-catalog';
import { UsageError } from '../errors/usage-error';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { parseDatasetName } from '../flags/option-parsers';
import { addRecipeOptions, type RecipeOptionValues, recipeOverrides } from '../flags/recipe-options';
import { addRunOptions, type RunOptionValues, runFlags } from '../flags/run-options';
import type { CliIo } from '../io/cli-io';
import type { Output } from '../io/output';
import { runAllLabs } from '../labs/lab-all';
import { labDocuments, labTable } from '../labs/lab-table';
import { labRecipes, seedFigureOf } from '../labs/run-lab';
import { findLab, labNames, labs } from '../recipes/labs';
import { formatLikeSeed, formatSeedFigure } from '../recipes/seed-figure';
import { runSingle } from '../run/run-single';

function listLabs(output: Output): void {
  for (const line of labTable()) output.result(line);
  output.document({ ok: true, command: 'lab', labs: labDocuments() });
}

/** The options of `digitlab lab`, as commander parses them. */
interface LabOptions extends RecipeOptionValues, RunOptionValues {
  readonly list?: boolean;
  readonly fast?: boolean;
  readonly dataset?: DatasetName;
}

/** `digitlab lab <name>` / `lab all`: reproduces seed labs end to end with each lab's own settings. */
export function registerLabCommand(program: Command, io: CliIo): void {
  const command = program
    .command('lab')
    .description(
      "reproduce a seed lab end to end with the lab's own model, optimizer, batch size, epochs and split; " +
        '`all` runs every lab the local data allow and writes one summary',
    )
    .argument('[name]', `the lab, or all: ${labNames.join(', ')}`)
    .option('--list', 'list the labs: model, parameters, data and split, settings and the seed figure')
    .option('--fast', 'with all: only the labs that train in seconds (what CI runs)')
    .option(
      '--dataset <name>',
      `run the lab on another data set of the same sample shape, e.g. fashion-mnist for a MNIST lab; with all, the MNIST labs only (${datasetNames.join(', ')})`,
      (value) => parseDatasetName(value),
    )
    .addHelpText(
      'after',
      `\nLabs:\n${labTable()
        .map((line) => `  ${line}`)
        .join('\n')}\n`,
    );
  addRecipeOptions(command, "default: the lab's");
  addRunOptions(command, 'the run folder (default: runs/<timestamp>-<lab>)');
  addGlobalOptions(command).action(async (name: string | undefined, options: LabOptions, self: Command) => {
    const output = outputFor(self, io);
    if (options.list === true) return listLabs(output);
    if (name === undefined) {
      throw new UsageError(
        '<name>',
        undefined,
        `Name a lab or all: ${labNames.join(', ')} (digitlab lab --list shows their settings)`,
        'no lab name',
      );
    }
    const { dataset } = options;
    const flags = runFlags(options);
    const overrides = recipeOverrides(options);
    const context = { io, output, command: 'lab' };
    if (name === 'all') {
      const selected = labs.filter((lab) => options.fast !== true || lab.fast);
      const result = await runAllLabs(selected, overrides, dataset, flags, context);
      return output.document({ ok: true, command: 'lab', ...result });
    }
    const lab = findLab(name);
    const recipes = labRecipes(lab, { ...overrides, dataset });
    const finished =
      recipes.length > 1
        ? (await runComparison(recipes, lab, 'seed-study', flags, context)).finished
        : [await runSingle(recipes[0]!, flags, context)];
    for (const [i, recipe] of recipes.entries()) {
      const figure = seedFigureOf(lab, recipe);
      if (figure === undefined) continue;
      const measured = formatLikeSeed(figure, finished[i]!.summary.testAccuracy);
      const data = recipe.dataset === lab.dataset ? '' : ` (on ${recipe.dataset}, not ${lab.dataset})`;
      output.say(
        `${recipe.name}: seed ${figure.seed.slice(0, 3)} ${formatSeedFigure(figure)}; this run ${measured}${data}`,
      );
    }
  });
}
