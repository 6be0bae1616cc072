import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileCheckpointStore } from '@digitlab/trainer';
import { FileError } from '../errors/file-error';
import type { RunFlags } from '../flags/run-options';
import type { CommandContext } from '../io/command-context';
import { readJsonObject } from '../io/read-json-object';
import type { Recipe } from '../recipes/recipe';
import { keepForResume } from '../run/keep-work';
import { type FinishedRun, trainAndWrite } from '../run/train-and-write';
import { type RunClaim, releaseClaim } from '../run-folder/run-claim';
import { checkFolderFree } from '../run-folder/staged-folder';
import { writeFileAtomically } from '../run-folder/write-file-atomically';
import type { Tabulate } from './comparison-tables';
import { type ComparisonInfo, type ComparisonResult, writeComparisonFiles } from './write-comparison-files';

/** Where a comparison's work lives in its claim's staging folder. */
function places(claim: RunClaim, recipe: Recipe) {
  const { staging } = claim;
  return {
    /** The comparison folder being built: finished run folders, then the comparison files. */
    result: join(staging, 'comparison'),
    /** The run's checkpoint, saved every epoch until it is finished. */
    checkpoint: join(staging, `${recipe.name}.checkpoint.json`),
    /** What the run left (its metrics and table row), written once its folder is in place. */
    finished: join(staging, `${recipe.name}.finished.json`),
  };
}

/**
 * A run of the comparison finished before (an interrupted comparison being resumed), or undefined. Read like every
 * run-folder JSON file: special and oversized files refused, a damaged one named without its content.
 */
async function finishedBefore(file: string): Promise<FinishedRun | undefined> {
  const run = await readJsonObject(file, (error) => new FileError(file, 'is not valid JSON', error.name));
  return run as FinishedRun | undefined;
}

/**
 * Runs one recipe of a claimed comparison: taken as it was when it finished before, else trained (from its
 * checkpoint when an interrupted comparison left one) with a checkpoint every epoch, then recorded as finished.
 * `epochsBefore` counts the epochs of the runs before it, so the claim counts all the work kept.
 */
async function comparisonRun(
  recipe: Recipe,
  label: string,
  epochsBefore: number,
  flags: RunFlags,
  context: CommandContext,
  claim: RunClaim,
): Promise<FinishedRun> {
  const { output } = context;
  const place = places(claim, recipe);
  const done = await finishedBefore(place.finished);
  if (done !== undefined) {
    output.say(output.errorColors.dim(`\n${label}: ${recipe.name}, finished before`));
    return done;
  }
  const folder = join(place.result, recipe.name);
  // A folder without its finished.json was written by a run killed just after: its checkpoint redoes it.
  await rm(folder, { recursive: true, force: true });
  const resumeFrom = await fileCheckpointStore(place.checkpoint).load();
  const resumed =
    resumeFrom === undefined ? '' : ` (resumed after ${resumeFrom.epoch} of ${recipe.epochs} epochs)`;
  claim.epochsKept = epochsBefore + (resumeFrom?.epoch ?? 0);
  output.say(output.errorColors.dim(`\n${label}${resumed}`));
  const run = await trainAndWrite(recipe, folder, flags, context, {
    brief: true,
    checkpoints: { claim, file: place.checkpoint, epochsBefore },
    ...(resumeFrom === undefined ? {} : { resumeFrom }),
  });
  await writeFileAtomically(place.finished, JSON.stringify(run));
  await rm(place.checkpoint, { force: true });
  return run;
}

/** The epochs a comparison's staging folder holds: its finished runs' and its checkpoints'. */
async function epochsKept(recipes: readonly Recipe[], claim: RunClaim): Promise<number> {
  let epochs = 0;
  for (const recipe of recipes) {
    const place = places(claim, recipe);
    const done = await finishedBefore(place.finished);
    epochs +=
      done === undefined ? ((await fileCheckpointStore(place.checkpoint).load())?.epoch ?? 0) : recipe.epochs;
  }
  return epochs;
}

/**
 * Trains (or takes as finished before) each recipe of a claimed comparison into its staging folder, writes the
 * comparison files and renames the comparison into its folder. A failure keeps the finished runs and the epochs
 * of the unfinished one in the staging folder for `digitlab resume` (see `keepForResume`).
 */
export async function finishClaimedComparison(
  recipes: readonly Recipe[],
  info: ComparisonInfo,
  tabulate: Tabulate,
  flags: RunFlags,
  context: CommandContext,
  claim: RunClaim,
): Promise<ComparisonResult> {
  // What an interrupted comparison kept counts before anything can fail; a refused checkpoint stays for another
  // try, only the lock goes.
  claim.epochsKept = await epochsKept(recipes, claim).catch(async (error: unknown) => {
    await releaseClaim(claim, false);
    throw error;
  });
  const finished: FinishedRun[] = [];
  let result: ComparisonResult;
  try {
    const { result: staged } = places(claim, recipes[0]!);
    await mkdir(staged, { recursive: true });
    // The half-written folders (`.name.partial-*`) of a write that was killed.
    for (const name of await readdir(staged)) {
      if (name.startsWith('.')) await rm(join(staged, name), { recursive: true, force: true });
    }
    let epochs = 0;
    for (const [index, recipe] of recipes.entries()) {
      const label = `Run ${index + 1} of ${recipes.length}`;
      finished.push(await comparisonRun(recipe, label, epochs, flags, context, claim));
      epochs += recipe.epochs;
      claim.epochsKept = epochs;
    }
    const table = await writeComparisonFiles(finished, info, staged, tabulate);
    await checkFolderFree(claim.folder);
    await rmdir(claim.folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staged, claim.folder);
    result = { finished, table };
  } catch (error) {
    return keepForResume(error, claim, context);
  }
  await releaseClaim(claim, true);
  return result;
}
