import {
  fileCheckpointStore,
  modelCheckpoint,
  NonFiniteLossError,
  type TrainingCallback,
} from '@digitlab/trainer';
import { fileErrorFor } from '../errors/file-error';
import { RunKeptError } from '../errors/run-kept-error';
import { type CommandContext, displayPath } from '../io/command-context';
import { writeDivergedRun } from '../run-folder/diverged-run';
import { type RunClaim, releaseClaim } from '../run-folder/run-claim';

/** Saves a full checkpoint into the claim's staging folder after every epoch, counting the epochs kept. */
export function checkpointEveryEpoch(claim: RunClaim): TrainingCallback {
  const store = fileCheckpointStore(claim.checkpoint);
  return modelCheckpoint({
    store: {
      location: store.location,
      load: () => store.load(),
      save: async (checkpoint) => {
        if (claim.stopping === true) return;
        claim.saving = store.save(checkpoint).then(() => {
          claim.epochsKept = checkpoint.epoch;
        });
        await claim.saving;
      },
    },
  });
}

/**
 * What happens to a claimed run's work when it fails: a diverged run writes its folder with the epochs done and
 * the diagnosis; any other failure keeps the checkpointed epochs in the staging folder (for `digitlab resume`)
 * or, with none, removes it. Always throws: the diverged run's or kept work's {@link RunKeptError}, or `error`.
 */
export async function keepWork(
  failure: unknown,
  claim: RunClaim | undefined,
  context: CommandContext,
): Promise<never> {
  // A system error (a full disk, no permission) is told as one about its file.
  const error = fileErrorFor(failure) ?? failure;
  if (claim === undefined) throw error;
  const { folder, staging, epochsKept } = claim;
  const shown = (path: string) => displayPath(path, context.io.cwd);
  if (error instanceof NonFiniteLossError) {
    await writeDivergedRun(claim, error).catch(async (writeFailure: unknown) => {
      await releaseClaim(claim, epochsKept === 0);
      throw writeFailure;
    });
    await releaseClaim(claim, false);
    throw new RunKeptError(
      'Training stopped: the loss is no longer finite',
      {
        folder,
        keptIn: shown(folder),
        epochs: epochsKept,
        advice: 'see diagnosis.json there, and train again with a lower --learning-rate',
      },
      error,
    );
  }
  await releaseClaim(claim, epochsKept === 0);
  if (epochsKept === 0) throw error;
  throw new RunKeptError(
    `The run failed before ${shown(folder)} was written`,
    {
      folder,
      keptIn: shown(staging),
      epochs: epochsKept,
      advice: `fix the cause, then run \`digitlab resume ${shown(folder)}\` to finish it from there`,
    },
    error,
  );
}
