import type { EngineName, EngineUse } from '@digitlab/trainer';

/** The parts of the CLI's metrics.json the site shows (see @digitlab/cli's run folder). */
export interface RunMetrics {
  readonly name: string;
  readonly title: string;
  readonly createdAt: string;
  /** Test loss. */
  readonly loss: number;
  /** Test accuracy. */
  readonly accuracy: number;
  readonly model: { readonly name: string; readonly params: number };
  readonly dataset: {
    readonly name: string;
    readonly classNames: readonly string[];
    readonly train: number;
    readonly validation: number;
    readonly test: number;
  };
  readonly settings: {
    readonly optimizer: string;
    readonly learningRate: number | null;
    readonly batchSize: number;
    readonly epochs: number;
    readonly epochsRun: number;
    /** MNIST / Fashion-MNIST pooled into 70,000 images and split at random (seed 004); absent in older runs. */
    readonly pooled?: boolean;
  };
  readonly confusionMatrix: {
    readonly labels: readonly number[];
    readonly raw: readonly (readonly number[])[];
  };
  /** scikit-learn's `output_dict`: per class and the averages, precision/recall/f1-score/support. */
  readonly classificationReport: Readonly<Record<string, unknown>>;
  readonly timing: { readonly trainingSeconds: number; readonly secondsPerEpoch: number };
  readonly backend: string;
  /** What computed the batches (absent in runs made before it was recorded); see `threads`. */
  readonly engine?: EngineName;
  /** The engine's threads: the fused engine's thread count, 1 for tfjs ops. */
  readonly threads?: number;
  readonly seed: number;
  readonly versions: Readonly<Record<string, string>>;
}

/** The curves of the CLI's history.json (Keras' `history.history`). */
export interface RunHistory {
  readonly loss: readonly number[];
  readonly accuracy?: readonly number[];
  readonly val_loss?: readonly number[];
  readonly val_accuracy?: readonly number[];
}

/** How a committed result was produced, written by scripts/run-labs.mjs beside the CLI's files. */
export interface RunSource {
  /** The command line, e.g. `digitlab lab xor`. */
  readonly command: string;
  /** Why the data differ from the lab's own, when they do (e.g. Fashion-MNIST standing in for MNIST). */
  readonly standIn: string | null;
}

/** One lab's committed run, as the site renders it. */
export interface LabResult {
  /** The results folder name, e.g. `lenet5`. */
  readonly lab: string;
  readonly metrics: RunMetrics;
  readonly history: RunHistory;
  readonly source: RunSource;
  /** The engine that trained the run and its threads; undefined when the run did not record it. */
  readonly engine: EngineUse | undefined;
  /** The classification report as scikit-learn prints it, recomputed from the confusion matrix. */
  readonly reportText: string;
}
