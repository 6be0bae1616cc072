import { resolve } from 'node:path';
import { fileCheckpointStore } from '@digitlab/trainer';
import type { Command } from 'commander';
import { type TableName, tabulations } from '../comparison/comparison-tables';
import { finishClaimedComparison } from '../comparison/resumable-comparison';
import { reportComparison } from '../comparison/run-comparison';
import { UnknownNameError } from '../errors/unknown-name-error';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { parseDatasetName, parseModelName, parseOptimizer } from '../flags/option-parsers';
import type { CliIo } from '../io/cli-io';
import type { Recipe } from '../recipes/recipe';
import { trainClaimed } from '../run/run-single';
import { claimRunFolder, releaseClaim, stagingFolder } from '../run-folder/run-claim';
import { readRunRecord } from '../run-folder/run-record';

/** run.json is a file on disk: its names are checked like the command line's before anything runs. */
function checkRecordedRecipe(recipe: Recipe): void {
  parseModelName(recipe.model, '<folder>');
  parseDatasetName(recipe.dataset);
  parseOptimizer(recipe.optimizer, '<folder>');
}

/** A comparison's recorded table name, checked. */
function parseTableName(value: string): TableName {
  if (!Object.hasOwn(tabulations, value)) {
    throw new UnknownNameError('table', '<folder>', value, Object.keys(tabulations));
  }
  return value as TableName;
}

/**
 * `digitlab resume <folder>`: finishes a run that was interrupted (Ctrl-C, a kill, a crash) or whose folder could
 * not be written, from the checkpoint of its last completed epoch, to the same weights as an uninterrupted run; a
 * comparison keeps the runs it finished and continues the unfinished one from its checkpoint.
 */
export function registerResumeCommand(program: Command, io: CliIo): void {
  const command = program
    .command('resume')
    .description('finish an interrupted run or comparison from its last completed epoch and write its folder')
    .argument('<folder>', 'the run or comparison folder the interrupted run was writing (as it printed)');
  addGlobalOptions(command).action(async (path: string, _options: unknown, self: Command) => {
    const folder = resolve(io.cwd, path);
    const staging = stagingFolder(folder);
    const record = await readRunRecord(staging, path);
    const output = outputFor(self, io);
    const flags = { ...record.flags, out: folder };
    if ('comparison' in record) {
      const { comparison } = record;
      comparison.recipes.forEach(checkRecordedRecipe);
      const tabulate = tabulations[parseTableName(comparison.table)];
      const claim = await claimRunFolder(folder, '<folder>', true);
      const context = { io, output, command: 'resume' };
      output.say(`Resuming the comparison ${path} (${comparison.recipes.length} runs)`);
      const { recipes } = comparison;
      const result = await finishClaimedComparison(recipes, comparison, tabulate, flags, context, claim);
      reportComparison(result, recipes, claim, context);
      return;
    }
    checkRecordedRecipe(record.recipe);
    const claim = await claimRunFolder(folder, '<folder>', true);
    // A refused checkpoint stays for another try; only the lock goes.
    const checkpoint = await fileCheckpointStore(claim.checkpoint)
      .load()
      .catch(async (error: unknown) => {
        await releaseClaim(claim, false);
        throw error;
      });
    claim.epochsKept = checkpoint?.epoch ?? 0;
    output.say(`Resuming ${path} after ${claim.epochsKept} of ${record.recipe.epochs} epochs`);
    await trainClaimed(record.recipe, flags, { io, output, command: 'resume' }, claim, checkpoint);
  });
}
