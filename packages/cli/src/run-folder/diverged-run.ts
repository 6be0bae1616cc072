import { rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileCheckpointStore, type NonFiniteLossError } from '@digitlab/trainer';
import type { Recipe } from '../recipes/recipe';
import { saveRecipeModel } from '../training/recipe-model';
import { historyCsv, historyDocument } from './history-files';
import type { RunClaim } from './run-claim';
import { checkFolderFree } from './staged-folder';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Turns the staging folder of a run whose loss stopped being finite into its run folder: the epochs done
 * (history.json and .csv), the diagnosis (diagnosis.json), the run's record, the checkpoint of the last
 * finite epoch (checkpoint.json, resumable weights) and the model with those weights (`model/`, the initial
 * weights when no epoch finished), so nothing is lost, `evaluate` and `predict` load it, and the divergence can
 * be studied. A backend must be set up.
 */
export async function writeDivergedRun(
  claim: RunClaim,
  error: NonFiniteLossError,
  recipe: Recipe,
): Promise<void> {
  const { staging, folder, epochsKept } = claim;
  const checkpoint = epochsKept === 0 ? undefined : await fileCheckpointStore(claim.checkpoint).load();
  await saveRecipeModel(recipe, checkpoint, join(staging, 'model'));
  const weightsAfterEpoch = checkpoint?.epoch ?? 0;
  if (error.history !== undefined) {
    await writeFile(join(staging, 'history.json'), json(historyDocument(error.history)));
    await writeFile(join(staging, 'history.csv'), historyCsv(error.history));
  }
  const diagnosis = {
    error: error.name,
    message: error.message,
    epoch: error.epoch + 1,
    batch: error.batch + 1,
    loss: String(error.loss),
    epochsKept,
    // What model/ holds: what evaluate and predict report on.
    model: {
      folder: 'model',
      weightsAfterEpoch,
      note:
        weightsAfterEpoch === 0
          ? 'the initial weights: no epoch finished with a finite loss'
          : `the weights after epoch ${weightsAfterEpoch}, the last with a finite loss`,
    },
  };
  await writeFile(join(staging, 'diagnosis.json'), json(diagnosis));
  await rm(join(staging, 'lock'), { force: true });
  await checkFolderFree(folder);
  await rmdir(folder).catch((failure: NodeJS.ErrnoException) => {
    if (failure.code !== 'ENOENT') throw failure;
  });
  await rename(staging, folder);
}
