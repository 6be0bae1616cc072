import {
  fileCheckpointStore,
  InvalidOptionError,
  modelCheckpoint,
  NonFiniteLossError,
  type TrainingCallback,
} from '@digitlab/trainer';
import { fileErrorFor } from '../errors/file-error';
import { RunKeptError } from '../errors/run-kept-error';
import { UsageError } from '../errors/usage-error';
import { type CommandContext, displayPath } from '../io/command-context';
import type { Recipe } from '../recipes/recipe';
import { writeDivergedRun } from '../run-folder/diverged-run';
import { type RunClaim, releaseClaim } from '../run-folder/run-claim';

/** Where {@link checkpointEveryEpoch} saves: a claim's checkpoint, or a comparison run's beside it. */
export interface CheckpointTarget {
  /** The claim whose epochs are counted and whose signal handling settles the save in progress. */
  readonly claim: RunClaim;
  /** The checkpoint file. @default the claim's */
  readonly file?: string;
  /** Epochs kept before this run (a comparison's finished runs), added to the count. @default 0 */
  readonly epochsBefore?: number;
}

/** Saves a full checkpoint after every epoch, counting the epochs kept in the claim. */
export function checkpointEveryEpoch(target: CheckpointTarget): TrainingCallback {
  const { claim, file = claim.checkpoint, epochsBefore = 0 } = target;
  const store = fileCheckpointStore(file);
  return modelCheckpoint({
    store: {
      location: store.location,
      load: () => store.load(),
      save: async (checkpoint) => {
        if (claim.stopping === true) return;
        claim.saving = store.save(checkpoint).then(() => {
          claim.epochsKept = epochsBefore + checkpoint.epoch;
        });
        await claim.saving;
      },
    },
  });
}

/**
 * The error to report for a failure: `fit`'s refusal of a validation split that leaves the data loaded (from
 * `--data-dir`, of a size the catalog could not know) no training or validation samples is the usage error it
 * is (exit code 2); a system error (a full disk, no permission) is told as one about its file.
 */
export function reportedError(failure: unknown): unknown {
  if (failure instanceof InvalidOptionError && failure.option === 'validationSplit') {
    return new UsageError(
      '--validation-split',
      failure.value,
      `--validation-split ${String(failure.value)} leaves no training or no validation samples of the data ` +
        'loaded; choose a fraction that leaves both, such as 0.1',
    );
  }
  return fileErrorFor(failure) ?? failure;
}

/**
 * Keeps a claimed run's checkpointed epochs in its staging folder for `digitlab resume` (or, with none, removes
 * the folder) and releases the claim. Always throws: {@link RunKeptError} saying where and how to resume, or the
 * error itself when nothing was kept.
 */
export async function keepForResume(
  failure: unknown,
  claim: RunClaim,
  context: CommandContext,
): Promise<never> {
  const error = reportedError(failure);
  const { folder, staging, epochsKept } = claim;
  await releaseClaim(claim, epochsKept === 0);
  if (epochsKept === 0) throw error;
  const shown = (path: string) => displayPath(path, context.io.cwd);
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

/**
 * What happens to a claimed run's work when it fails: a diverged run writes its folder with the epochs done,
 * the diagnosis and the model of its last finite weights; any other failure is {@link keepForResume}'s. Always
 * throws: the diverged run's or kept work's {@link RunKeptError}, or the (reported) error.
 */
export async function keepWork(
  failure: unknown,
  claim: RunClaim | undefined,
  recipe: Recipe,
  context: CommandContext,
): Promise<never> {
  if (claim === undefined) throw reportedError(failure);
  if (!(failure instanceof NonFiniteLossError)) return keepForResume(failure, claim, context);
  const { folder, epochsKept } = claim;
  await writeDivergedRun(claim, failure, recipe).catch(async (writeFailure: unknown) => {
    await releaseClaim(claim, epochsKept === 0);
    throw reportedError(writeFailure);
  });
  await releaseClaim(claim, false);
  const weights = epochsKept === 0 ? 'its initial weights' : `the weights of epoch ${epochsKept}`;
  throw new RunKeptError(
    'Training stopped: the loss is no longer finite',
    {
      folder,
      keptIn: displayPath(folder, context.io.cwd),
      epochs: epochsKept,
      advice:
        `its model/ holds ${weights}, the last finite ones, for evaluate and predict; see diagnosis.json there, ` +
        'and train again with a lower --learning-rate',
    },
    failure,
  );
}
