import type { DecisionGrid } from '@digitlab/metrics';
import type { ModelSummary } from '@digitlab/models';
import {
  type BackendDevice,
  evaluate,
  type FitEngine,
  fit,
  type History,
  predict,
  type TrainingCallback,
  type TrainingCheckpoint,
} from '@digitlab/trainer';
import type { InstalledPackage } from '../backend-discovery/find-installed-package';
import type { LabData } from '../data/lab-data';
import { type LoadLabDataOptions, loadLabData } from '../data/load-lab-data';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import type { DownloadReporter } from '../progress/download-progress';
import { checkRecipe } from '../recipes/check-recipe';
import type { Recipe } from '../recipes/recipe';
import { analysePredictions, type PredictionAnalysis } from './analyse-predictions';
import { type ClassProbabilities, toClassProbabilities } from './class-probabilities';
import { type CliBackend, type CliBackendInfo, setupCliBackend } from './cli-backends';
import { type DatasetStatistics, datasetStatistics } from './dataset-statistics';
import type { CliModel } from './model-files';
import { createRecipeModel } from './recipe-model';
import { xorDecisionGrid } from './xor-decision-grid';

/** Options of {@link trainRecipe}. */
export interface TrainRecipeOptions
  extends Omit<LoadLabDataOptions, 'seed' | 'testSplit' | 'pooled' | 'onDownload'> {
  /**
   * Follows downloads of data set files.
   * @default none
   */
  downloads?: DownloadReporter;
  /**
   * The tfjs backend.
   * @default 'auto' ({@link setupCliBackend}'s default)
   */
  backend?: CliBackend;
  /**
   * How `fit` computes batches (see the trainer's `FitOptions.engine`).
   * @default 'auto' (`fit`'s default)
   */
  engine?: FitEngine;
  /**
   * Threads of the fused engine.
   * @default the trainer's default
   */
  threads?: number;
  /**
   * Progress reporters and other callbacks, passed to `fit`.
   * @default []
   */
  callbacks?: readonly TrainingCallback[];
  /**
   * A checkpoint of this recipe's run to continue from (weights, optimizer state, history).
   * @default none: train from the start
   */
  resumeFrom?: TrainingCheckpoint;
  /**
   * Called with the model summary's lines once the model is built, before training.
   * @default none
   */
  onModel?: (summaryLines: readonly string[]) => void;
  /**
   * Called once the backend is set up, before the data is loaded, e.g. to say which one runs.
   * @default none
   */
  onBackend?: (backend: CliBackendInfo) => void;
  /**
   * Called with the data once loaded, before the model is built.
   * @default none
   */
  onData?: (data: LabData) => void;
}

/** A trained model with everything measured about it; the caller disposes `model`. */
export interface TrainedRun {
  readonly recipe: Recipe;
  readonly data: LabData;
  readonly model: CliModel;
  readonly summary: ModelSummary;
  /** The Keras-style summary table. */
  readonly summaryLines: readonly string[];
  readonly history: History;
  /** The tfjs backend that trained it, e.g. `'wasm'`. */
  readonly backend: string;
  /** Where it computed, which decides whether its time is a CPU or a GPU time. */
  readonly device: BackendDevice;
  /** The tfjs-node(-gpu) package it came from, when it was one the user installed. */
  readonly backendPackage: InstalledPackage | undefined;
  /** Seed 004's data statistics, when the recipe asks for them. */
  readonly datasetStatistics: DatasetStatistics | undefined;
  /** Loss and accuracy on the test set. */
  readonly test: { readonly loss: number; readonly accuracy: number; readonly samples: number };
  /** The model's outputs on the test set. */
  readonly predictions: ClassProbabilities;
  readonly analysis: PredictionAnalysis;
  /** The predicted class over the plane, for two-feature data (XOR). */
  readonly decisionGrid: DecisionGrid | undefined;
  readonly timing: {
    readonly startedAt: Date;
    readonly trainingSeconds: number;
    readonly evaluationSeconds: number;
  };
}

const trainRecipeOptionKeys: OptionKeys<TrainRecipeOptions> = {
  dataDir: true,
  offline: true,
  cacheDir: true,
  connectTimeoutMs: true,
  idleTimeoutMs: true,
  downloads: true,
  backend: true,
  engine: true,
  threads: true,
  callbacks: true,
  resumeFrom: true,
  onModel: true,
  onBackend: true,
  onData: true,
};

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Runs a recipe end to end: checks that the model fits the data set, starts the backend, loads the data,
 * builds the model, trains it, and evaluates and analyses it on the test set.
 */
export async function trainRecipe(recipe: Recipe, options: TrainRecipeOptions = {}): Promise<TrainedRun> {
  checkOptionKeys('trainRecipe', options, trainRecipeOptionKeys);
  const {
    backend: backendChoice,
    engine,
    threads,
    callbacks = [],
    onModel,
    onBackend,
    onData,
    downloads,
    resumeFrom,
    ...loadOptions
  } = options;
  const startedAt = new Date();
  checkRecipe(recipe);
  const backend = await setupCliBackend(backendChoice);
  onBackend?.(backend);
  const data = await loadLabData(recipe.dataset, {
    ...loadOptions,
    seed: recipe.seed,
    testSplit: recipe.testSplit,
    pooled: recipe.pooled,
    onDownload: downloads?.onProgress,
  }).finally(() => downloads?.finish());
  onData?.(data);
  const model = createRecipeModel(recipe, data.numClasses);
  try {
    const summaryLines: string[] = [];
    const summary = model.summary((line) => summaryLines.push(line));
    onModel?.(summaryLines);
    const trainingStart = performance.now();
    const history = await fit(model, data.train, {
      epochs: recipe.epochs,
      batchSize: recipe.batchSize,
      optimizer:
        recipe.optimizerOptions === undefined
          ? recipe.optimizer
          : { name: recipe.optimizer, ...recipe.optimizerOptions },
      learningRate: recipe.learningRate,
      validationSplit: recipe.validationSplit,
      seed: recipe.seed,
      callbacks,
      ...(engine === undefined ? {} : { engine }),
      ...(threads === undefined ? {} : { threads }),
      ...(resumeFrom === undefined ? {} : { resumeFrom }),
    });
    const trainingSeconds = seconds(trainingStart);
    const evaluationStart = performance.now();
    const batchSize = Math.max(recipe.batchSize, 256);
    const scores = await evaluate(model, data.test, { batchSize });
    const outputs = await predict(model, data.test, { batchSize });
    const predictions = toClassProbabilities(outputs.probabilities, outputs.units);
    const analysis = analysePredictions({ labels: data.test.y, ...predictions }, data.classNames);
    const decisionGrid = data.dataset === 'xor' ? await xorDecisionGrid(model, data) : undefined;
    return {
      recipe,
      data,
      model,
      summary,
      summaryLines,
      history,
      backend: backend.name,
      device: backend.device,
      backendPackage: backend.installed,
      datasetStatistics: recipe.analyses.includes('dataset-statistics') ? datasetStatistics(data) : undefined,
      test: { loss: scores.loss, accuracy: scores.accuracy ?? Number.NaN, samples: scores.samples },
      predictions,
      analysis,
      decisionGrid,
      timing: { startedAt, trainingSeconds, evaluationSeconds: seconds(evaluationStart) },
    };
  } catch (error) {
    model.dispose();
    throw error;
  }
}
