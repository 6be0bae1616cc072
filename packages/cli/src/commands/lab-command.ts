import type { Command } from 'commander';
import type { CliIo } from '../cli/cli-io';
import { addGlobalOptions, outputFor } from '../cli/global-options';
import { parseDatasetName } from '../cli/option-parsers';
import type { Output } from '../cli/output';
import { textTable } from '../cli/text-table';
import { runComparison } from '../comparison/run-comparison';
import { type DatasetName, datasetNames } from '../data/dataset-catalog';
import { UsageError } from '../errors/usage-error';
import { findLab, labNames, labs } from '../recipes/labs';
import { applyOverrides } from '../recipes/recipe';
import { runSingle } from './run-single';
import { addRecipeOptions, addRunOptions, recipeOverrides, runFlags } from './training-options';

/** The labs as a table: name, model, data set and settings. */
export function labTable(): string[] {
  const rows = labs.map((lab) => [
    lab.name,
    lab.model,
    lab.dataset,
    (lab.compareOptimizers ?? [lab.optimizer]).join(' vs ') +
      (lab.learningRate === undefined ? '' : ` ${lab.learningRate}`),
    String(lab.batchSize),
    String(lab.epochs),
    lab.validationSplit > 0 ? String(lab.validationSplit) : '-',
  ]);
  return textTable(
    ['lab', 'model', 'data set', 'optimizer', 'batch', 'epochs', 'validation'],
    rows,
    [4, 5, 6],
  );
}

function listLabs(output: Output): void {
  for (const line of labTable()) output.result(line);
  output.document({ ok: true, command: 'lab', labs });
}

/** `digitlab lab <name>`: reproduces one seed lab end to end with the lab's own settings. */
export function registerLabCommand(program: Command, io: CliIo): void {
  const command = program
    .command('lab')
    .description(
      "reproduce a seed lab end to end with the lab's own model, optimizer, batch size, epochs and split",
    )
    .argument('[name]', `the lab: ${labNames.join(', ')}`)
    .option('--list', 'list the labs and their settings')
    .option(
      '--dataset <name>',
      `run the lab on another data set of the same sample shape, e.g. fashion-mnist for a MNIST lab (${datasetNames.join(', ')})`,
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
  addGlobalOptions(command).action(
    async (name: string | undefined, options: Record<string, unknown>, self: Command) => {
      const output = outputFor(self, io);
      if (options.list === true) return listLabs(output);
      if (name === undefined) {
        throw new UsageError(
          '<name>',
          undefined,
          `Name a lab: ${labNames.join(', ')} (digitlab lab --list shows their settings)`,
          'no lab name',
        );
      }
      const lab = findLab(name);
      const overrides = { ...recipeOverrides(options), dataset: options.dataset as DatasetName | undefined };
      const context = { io, output, command: 'lab' };
      if (lab.compareOptimizers !== undefined && overrides.optimizer === undefined) {
        const recipes = lab.compareOptimizers.map((optimizer) =>
          applyOverrides({ ...lab, name: `${lab.name}-${optimizer}`, optimizer }, overrides),
        );
        return runComparison(recipes, { name: lab.name, title: lab.title }, runFlags(options), context);
      }
      await runSingle(applyOverrides(lab, overrides), runFlags(options), context);
    },
  );
}
