import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import { readTensorSamples } from '../data/read-tensor-samples';
import { type TrainingData, toSampleSet } from '../data/samples';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { NonFiniteOutputError } from '../errors/non-finite-output-error';
import { checkLoss, defaultLoss, type LossName } from '../losses/loss';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { evaluateSet } from './evaluate-set';
import { checkMetrics, type MetricName } from './metric-name';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /**
   * Samples per forward pass.
   * @default 32
   */
  batchSize?: number;
  /**
   * The loss to report.
   * @default 'binaryCrossentropy' for one output unit, else 'sparseCategoricalCrossentropy'
   */
  loss?: LossName;
  /**
   * Metrics to report besides the loss.
   * @default ['accuracy']
   */
  metrics?: readonly MetricName[];
}

/** Loss and metrics of a model on labelled data (Keras' `model.evaluate`). */
export interface Evaluation {
  /** Mean loss per sample. */
  readonly loss: number;
  /** Fraction of correct predictions, when the `accuracy` metric is on. */
  readonly accuracy: number | undefined;
  /** Number of samples evaluated. */
  readonly samples: number;
  /** The tfjs backend that ran it. */
  readonly backend: string;
}

const evaluateOptionKeys: OptionKeys<EvaluateOptions> = { batchSize: true, loss: true, metrics: true };

/**
 * Evaluates `model` on `data` in inference mode (dropout off), batch by batch.
 * @throws {TrainingDataError} for empty or non-finite input; {@link NonFiniteOutputError} for a NaN loss.
 */
export async function evaluate(
  model: TrainableModel,
  data: TrainingData,
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  checkOptionKeys('evaluate', options, evaluateOptionKeys);
  const { batchSize = 32, loss = defaultLoss(model.outputUnits), metrics = ['accuracy'] } = options;
  checkBatchSize('evaluate', batchSize);
  const lossName = checkLoss('evaluate', loss, model.outputUnits);
  const withAccuracy = checkMetrics('evaluate', metrics);
  const set = toSampleSet(await readTensorSamples(data, 'data'), model.inputShape, model.outputUnits);
  const scores = await evaluateSet(model, set, undefined, batchSize, lossName, withAccuracy, undefined);
  if (!Number.isFinite(scores.loss)) throw new NonFiniteOutputError('evaluate', 'loss', scores.loss);
  return { ...scores, samples: set.count, backend: tf.getBackend() };
}

/** Checks a batch size option. */
export function checkBatchSize(functionName: string, batchSize: unknown): void {
  if (!Number.isInteger(batchSize) || (batchSize as number) < 1) {
    throw new InvalidOptionError(functionName, 'batchSize', 'must be an integer >= 1', batchSize);
  }
}
