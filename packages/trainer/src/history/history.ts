import type { EngineUse } from './engine-use';

/** The numbers logged at the end of an epoch (Keras' names, so seed notebooks translate one to one). */
export interface EpochLogs {
  /** Mean training loss over the epoch's batches (weighted by batch size). */
  loss: number;
  /** Training accuracy over the epoch, when the `accuracy` metric is on. */
  accuracy?: number;
  /** Loss on the validation data, when there is any. */
  val_loss?: number;
  /** Accuracy on the validation data, when there is any and the metric is on. */
  val_accuracy?: number;
}

/** The name of a logged quantity, e.g. `'val_loss'`. */
export type LogName = keyof EpochLogs;

/** How a `fit` call was set up. */
export interface TrainingParams {
  /** The epoch training stops before (Keras' `epochs`). */
  readonly epochs: number;
  /** The first epoch run: 0, or the number of epochs a resumed checkpoint had finished. */
  readonly initialEpoch: number;
  readonly batchSize: number;
  /** Training samples (after the validation split). */
  readonly samples: number;
  /** Batches per epoch. */
  readonly steps: number;
  /** Validation samples, 0 without validation. */
  readonly validationSamples: number;
  readonly loss: string;
  /** The optimizer's class name, e.g. `'Adam'`. */
  readonly optimizer: string;
  /** The metrics logged besides the loss. */
  readonly metrics: readonly string[];
}

/**
 * The result of `fit`: Keras' `History`, plus timing, backend, seed, and the engine (`engine`, `threads`:
 * {@link EngineUse}) that computed the batches.
 */
export interface History extends EngineUse {
  /** The epochs run, zero-based (Keras' `history.epoch`). */
  readonly epoch: number[];
  /** One array per logged quantity, one entry per epoch (Keras' `history.history`). */
  readonly history: {
    loss: number[];
    accuracy?: number[];
    val_loss?: number[];
    val_accuracy?: number[];
  };
  /** Wall-clock seconds per epoch, training and validation. */
  readonly seconds: number[];
  /** The tfjs backend that ran the training, e.g. `'wasm'`. */
  readonly backend: string;
  /** The seed of the split, shuffle and dropout masks; pass it again to replay the run. */
  readonly seed: number;
  readonly params: TrainingParams;
  /** Why training ended before `epochs`, e.g. by early stopping; undefined when it ran to the end. */
  stopReason: string | undefined;
}

/** Appends one epoch's logs and time. */
export function recordEpoch(history: History, epoch: number, logs: EpochLogs, seconds: number): void {
  history.epoch.push(epoch);
  history.seconds.push(seconds);
  for (const [name, value] of Object.entries(logs) as [LogName, number][]) {
    if (value === undefined) continue;
    const series = history.history[name] ?? [];
    series.push(value);
    history.history[name] = series;
  }
}
