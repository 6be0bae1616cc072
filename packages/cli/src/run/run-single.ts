import { dirname } from 'node:path';
import type { TrainingCheckpoint } from '@digitlab/trainer';
import type { RunFlags } from '../flags/run-options';
import { type CommandContext, displayPath } from '../io/command-context';
import { checkRecipe } from '../recipes/check-recipe';
import type { Recipe } from '../recipes/recipe';
import { claimRunFolder, type RunClaim, releaseClaim } from '../run-folder/run-claim';
import { chooseRunFolder } from '../run-folder/run-folder-path';
import { writeRunRecord } from '../run-folder/run-record';
import { findStaleRuns } from '../run-folder/stale-runs';
import { type FinishedRun, trainAndWrite } from './train-and-write';

/**
 * Trains one recipe, prints its results and writes its run folder; `--json` gets metrics.json plus the folder.
 * The folder is claimed (checked free and writable, locked) before any data loads, and every epoch is
 * checkpointed beside it, so an interrupted or failed run can be finished with `digitlab resume`.
 */
export async function runSingle(
  recipe: Recipe,
  flags: RunFlags,
  context: CommandContext,
): Promise<FinishedRun> {
  const { io } = context;
  checkRecipe(recipe);
  const folder = await chooseRunFolder({ cwd: io.cwd, name: recipe.name, date: io.now(), out: flags.out });
  const claim = await claimRunFolder(folder);
  const { out: _, ...kept } = flags;
  await writeRunRecord(claim.staging, { command: context.command, recipe, flags: kept }).catch(
    async (error: unknown) => {
      await releaseClaim(claim, true);
      throw error;
    },
  );
  return trainClaimed(recipe, flags, context, claim, undefined);
}

/** Trains a claimed run (new or resumed), reporting runs that others left behind, and prints where it went. */
export async function trainClaimed(
  recipe: Recipe,
  flags: RunFlags,
  context: CommandContext,
  claim: RunClaim,
  resumeFrom: TrainingCheckpoint | undefined,
): Promise<FinishedRun> {
  const { io, output } = context;
  const shown = (path: string) => displayPath(path, io.cwd);
  for (const stale of await findStaleRuns(dirname(claim.folder))) {
    if (stale.path === claim.staging) continue;
    output.warn(
      stale.kind === 'interrupted'
        ? `An interrupted run is kept in ${shown(stale.path)}: resume it with \`digitlab resume ${shown(stale.folder)}\` or delete it`
        : `A killed run left the half-written folder ${shown(stale.path)}; delete it`,
    );
  }
  const options = resumeFrom === undefined ? { claim } : { claim, resumeFrom };
  const finished = await trainAndWrite(recipe, claim.folder, flags, context, options);
  output.result(`Run folder: ${shown(claim.folder)}`);
  output.document({ ok: true, command: context.command, runFolder: claim.folder, ...finished.metrics });
  return finished;
}
