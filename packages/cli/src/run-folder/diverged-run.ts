import { rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NonFiniteLossError } from '@digitlab/trainer';
import { historyCsv, historyDocument } from './history-files';
import type { RunClaim } from './run-claim';
import { checkFolderFree } from './staged-folder';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Turns the staging folder of a run whose loss stopped being finite into its run folder: the epochs done
 * (history.json and .csv), the diagnosis (diagnosis.json), the run's record and the checkpoint of the last
 * finite epoch (checkpoint.json, resumable weights), so nothing is lost and the divergence can be studied.
 */
export async function writeDivergedRun(claim: RunClaim, error: NonFiniteLossError): Promise<void> {
  const { staging, folder } = claim;
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
    epochsKept: claim.epochsKept,
  };
  await writeFile(join(staging, 'diagnosis.json'), json(diagnosis));
  await rm(join(staging, 'lock'), { force: true });
  await checkFolderFree(folder);
  await rmdir(folder).catch((failure: NodeJS.ErrnoException) => {
    if (failure.code !== 'ENOENT') throw failure;
  });
  await rename(staging, folder);
}
