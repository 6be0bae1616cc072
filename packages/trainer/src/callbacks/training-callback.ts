import type { TrainableModel } from '@digitlab/spec/model';
import type * as tf from '@tensorflow/tfjs-core';
import type { EpochLogs, History, TrainingParams } from '../history/history';

/** What every event carries: the run, and a way to stop it. */
export interface TrainingContext {
  readonly model: TrainableModel;
  readonly optimizer: tf.Optimizer;
  readonly params: TrainingParams;
  /** The history so far (also what `fit` resolves to). */
  readonly history: History;
  /** The run's seed. */
  readonly seed: number;
  /** The tfjs backend, e.g. `'wasm'`. */
  readonly backend: string;
  /** Ends training after the current batch (Keras' `model.stop_training = True`); `reason` goes in the history. */
  stopTraining(reason: string): void;
}

/** `onTrainBegin`. */
export interface TrainBeginEvent {
  readonly context: TrainingContext;
  readonly params: TrainingParams;
}

/** `onEpochBegin`. */
export interface EpochBeginEvent {
  readonly context: TrainingContext;
  /** Zero-based epoch. */
  readonly epoch: number;
  readonly epochs: number;
}

/** `onBatchBegin`. */
export interface BatchBeginEvent {
  readonly context: TrainingContext;
  readonly epoch: number;
  /** Zero-based batch within the epoch. */
  readonly batch: number;
  /** Batches per epoch. */
  readonly batches: number;
  /** Samples in this batch. */
  readonly size: number;
}

/** `onBatchEnd`: the numbers a progress bar shows. */
export interface BatchEndEvent extends BatchBeginEvent {
  /** Mean loss over the epoch's batches so far (what Keras' progress bar shows). */
  readonly loss: number;
  /** Accuracy over the epoch's batches so far, when the metric is on. */
  readonly accuracy: number | undefined;
  /** This batch's own loss. */
  readonly batchLoss: number;
}

/** `onEpochEnd`. */
export interface EpochEndEvent {
  readonly context: TrainingContext;
  readonly epoch: number;
  readonly epochs: number;
  /** Training and validation numbers of the epoch. */
  readonly logs: EpochLogs;
  /** Wall-clock seconds of the epoch, training and validation. */
  readonly seconds: number;
}

/** `onTrainEnd`. */
export interface TrainEndEvent {
  readonly context: TrainingContext;
  readonly history: History;
  /** `'aborted'` when the AbortSignal ended the run; otherwise the history's `stopReason`. */
  readonly stopReason: string | undefined;
}

/**
 * Hooks into `fit`, Keras' callback events. Each may return a promise, which `fit` awaits; throwing stops
 * training with that error.
 */
export interface TrainingCallback {
  onTrainBegin?(event: TrainBeginEvent): void | Promise<void>;
  onEpochBegin?(event: EpochBeginEvent): void | Promise<void>;
  onBatchBegin?(event: BatchBeginEvent): void | Promise<void>;
  onBatchEnd?(event: BatchEndEvent): void | Promise<void>;
  onEpochEnd?(event: EpochEndEvent): void | Promise<void>;
  onTrainEnd?(event: TrainEndEvent): void | Promise<void>;
}

/** What a CLI progress bar or a web page implements to follow training: the same hooks. */
export type ProgressReporter = TrainingCallback;
