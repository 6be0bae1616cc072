import type { RunSummary } from '@digitlab/metrics';
import type { EngineUse, TrainingCheckpoint } from '@digitlab/trainer';
import { runtimeVersions } from '../about/package-info';
import { describeDataSource } from '../data/data-source';
import type { RunFlags } from '../flags/run-options';
import { type CommandContext, displayPath } from '../io/command-context';
import { downloadProgress } from '../progress/download-progress';
import { trainingProgress } from '../progress/training-progress';
import { describeOptimizer } from '../recipes/describe-optimizer';
import type { Recipe } from '../recipes/recipe';
import { type RunClaim, releaseClaim } from '../run-folder/run-claim';
import { writeRunFolder } from '../run-folder/write-run-folder';
import { plural } from '../text/plural';
import { describeCliBackend } from '../training/cli-backends';
import { type TrainedRun, trainRecipe } from '../training/train-recipe';
import { type CheckpointTarget, checkpointEveryEpoch, keepWork } from './keep-work';

/** What is left of a run once its folder is written and its model disposed. */
export interface FinishedRun {
  readonly folder: string;
  /** The metrics.json document. */
  readonly metrics: Record<string, unknown>;
  /** The row of a comparison table. */
  readonly summary: RunSummary;
  /** The engine that trained the run and its threads. */
  readonly engine: EngineUse;
  /** Train, validation and test samples. */
  readonly counts: { readonly train: number; readonly validation: number; readonly test: number };
}

/** Prints the test results: accuracy always, report and confusion matrix unless `brief`. */
function printResults(run: TrainedRun, context: CommandContext, brief: boolean): void {
  const { output } = context;
  const { bold, green } = output.colors;
  const { test } = run;
  const correct = Math.round(test.accuracy * test.samples);
  output.result(
    `${bold(`${run.recipe.name}:`)} test accuracy ${green(test.accuracy.toFixed(4))} ` +
      `(${correct} of ${test.samples}), test loss ${test.loss.toFixed(4)}`,
  );
  if (brief) return;
  output.result('');
  output.result(bold('Classification report (test set)'));
  output.result(run.analysis.report.text);
  for (const warning of run.analysis.report.warnings) output.warn(warning);
  output.result(bold('Confusion matrix (rows: true class, columns: predicted class)'));
  output.result(run.analysis.confusion.text);
}

/** Options of {@link trainAndWrite}. */
export interface TrainAndWriteOptions {
  /**
   * Print the test accuracy only (for comparisons).
   * @default false
   */
  readonly brief?: boolean;
  /**
   * The claimed run folder: every epoch is checkpointed into its staging folder, and the work is kept there
   * if the run fails late.
   * @default none (no checkpoints, unless `checkpoints`)
   */
  readonly claim?: RunClaim;
  /**
   * Checkpoint every epoch here without taking charge of a failure (a comparison's run: the comparison keeps the
   * work); ignored with `claim`.
   * @default none
   */
  readonly checkpoints?: CheckpointTarget;
  /**
   * The checkpoint to continue from (`digitlab resume`).
   * @default none
   */
  readonly resumeFrom?: TrainingCheckpoint;
}

/**
 * Trains a recipe with live progress, prints its results, writes its run folder to `folder` and disposes
 * the model. With a claim, a run that diverges still writes its folder with the epochs done and the diagnosis,
 * and a run whose folder cannot be written keeps its trained state in the staging folder.
 */
export async function trainAndWrite(
  recipe: Recipe,
  folder: string,
  flags: RunFlags,
  context: CommandContext,
  options: TrainAndWriteOptions = {},
): Promise<FinishedRun> {
  const { brief = false, claim, checkpoints, resumeFrom } = options;
  const { output, io } = context;
  const { bold, dim } = output.errorColors;
  output.say(bold(`${recipe.title}`));
  output.say(
    dim(
      `${recipe.model} on ${recipe.dataset}, ${recipe.optimizer}` +
        `${recipe.learningRate === undefined ? '' : ` (learning rate ${recipe.learningRate})`}, ` +
        `batch ${recipe.batchSize}, ${plural(recipe.epochs, 'epoch')}, seed ${recipe.seed}`,
    ),
  );
  const callbacks = [trainingProgress({ stream: output.progressStream, colors: output.progressColors })];
  const target = claim === undefined ? checkpoints : { claim };
  if (target !== undefined) callbacks.push(checkpointEveryEpoch(target));
  const run = await trainRecipe(recipe, {
    backend: flags.backend,
    engine: flags.engine,
    ...(flags.threads === undefined ? {} : { threads: flags.threads }),
    dataDir: flags.dataDir,
    offline: flags.offline,
    connectTimeoutMs: flags.connectTimeoutMs,
    idleTimeoutMs: flags.idleTimeoutMs,
    downloads: downloadProgress(output.progressStream, output.progressColors),
    callbacks,
    ...(resumeFrom === undefined ? {} : { resumeFrom }),
    onBackend: (backend) => output.progress(output.progressColors.dim(describeCliBackend(backend))),
    onData: (data) => output.say(dim(`Data: ${describeDataSource(data.dataset, data.source)}`)),
    onModel: (lines) => {
      if (!brief) for (const line of lines) output.say(line);
    },
  }).catch((error: unknown) => keepWork(error, claim, recipe, context));
  try {
    printResults(run, context, brief);
    const written = await writeRunFolder(run, folder, runtimeVersions()).catch((error: unknown) =>
      keepWork(error, claim, recipe, context),
    );
    if (claim !== undefined) await releaseClaim(claim, true);
    if (!brief) {
      output.say(
        dim(`Wrote ${displayPath(folder, io.cwd)}/: report.html, report.txt, metrics.json, charts/, model/`),
      );
    }
    return {
      folder,
      metrics: written.metrics,
      engine: { engine: run.history.engine, threads: run.history.threads },
      counts: {
        train: run.history.params.samples,
        validation: run.history.params.validationSamples,
        test: run.test.samples,
      },
      summary: {
        name: recipe.name,
        parameters: run.summary.trainableParams,
        optimizer: describeOptimizer(recipe),
        backend: run.backend,
        device: run.device.device,
        trainingSeconds: run.timing.trainingSeconds,
        testAccuracy: run.test.accuracy,
      },
    };
  } finally {
    run.model.dispose();
  }
}
