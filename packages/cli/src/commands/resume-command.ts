import { resolve } from 'node:path';
import { fileCheckpointStore } from '@digitlab/trainer';
import type { Command } from 'commander';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { parseDatasetName, parseModelName, parseOptimizer } from '../flags/option-parsers';
import type { CliIo } from '../io/cli-io';
import { trainClaimed } from '../run/run-single';
import { claimRunFolder, releaseClaim, stagingFolder } from '../run-folder/run-claim';
import { readRunRecord } from '../run-folder/run-record';

/**
 * `digitlab resume <folder>`: finishes a run that was interrupted (Ctrl-C, a kill, a crash) or whose folder could
 * not be written, from the checkpoint of its last completed epoch, to the same weights as an uninterrupted run.
 */
export function registerResumeCommand(program: Command, io: CliIo): void {
  const command = program
    .command('resume')
    .description('finish an interrupted run from its last completed epoch and write its run folder')
    .argument('<folder>', 'the run folder the interrupted run was writing (as it printed)');
  addGlobalOptions(command).action(async (path: string, _options: unknown, self: Command) => {
    const folder = resolve(io.cwd, path);
    const staging = stagingFolder(folder);
    const record = await readRunRecord(staging, path);
    // run.json is a file on disk: its names are checked like the command line's before anything runs.
    parseModelName(record.recipe.model, '<folder>');
    parseDatasetName(record.recipe.dataset);
    parseOptimizer(record.recipe.optimizer, '<folder>');
    const claim = await claimRunFolder(folder, '<folder>', true);
    // A refused checkpoint stays for another try; only the lock goes.
    const checkpoint = await fileCheckpointStore(claim.checkpoint)
      .load()
      .catch(async (error: unknown) => {
        await releaseClaim(claim, false);
        throw error;
      });
    claim.epochsKept = checkpoint?.epoch ?? 0;
    const output = outputFor(self, io);
    output.say(`Resuming ${path} after ${claim.epochsKept} of ${record.recipe.epochs} epochs`);
    const flags = { ...record.flags, out: folder };
    await trainClaimed(record.recipe, flags, { io, output, command: 'resume' }, claim, checkpoint);
  });
}
