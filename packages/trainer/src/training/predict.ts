import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import { BatchBuilder } from '../data/batch-builder';
import { readTensorSamples } from '../data/read-tensor-samples';
import {
  type ImageDatasetLike,
  type Samples,
  type TensorSamples,
  type TrainingData,
  toSampleSet,
} from '../data/samples';
import { NonFiniteOutputError } from '../errors/non-finite-output-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { checkBatchSize } from './evaluate';

/** Options of {@link predict} and {@link predictClasses}. */
export interface PredictOptions {
  /**
   * Samples per forward pass.
   * @default 32
   */
  batchSize?: number;
}

/** What {@link predict} and {@link predictClasses} read: features (typed arrays or a tensor), labels ignored. */
export type PredictionData = Omit<Samples, 'y'> | Omit<TensorSamples, 'y'> | ImageDatasetLike;

/** The model's output for each sample. */
export interface Predictions {
  /** `count * units` probabilities, row-major. */
  readonly probabilities: Float32Array;
  readonly count: number;
  /** Output units per sample. */
  readonly units: number;
  /** The tfjs backend that ran it. */
  readonly backend: string;
}

/** Predicted classes. */
export interface ClassPredictions {
  /** One class per sample: the argmax, or for one sigmoid unit 1 when p >= 0.5. */
  readonly classes: Int32Array;
  readonly backend: string;
}

const predictOptionKeys: OptionKeys<PredictOptions> = { batchSize: true };

/**
 * Runs the model in inference mode and returns its output probabilities, batch by batch.
 * @throws {TrainingDataError} for empty or non-finite input; {@link NonFiniteOutputError} for a NaN output.
 */
export async function predict(
  model: TrainableModel,
  data: PredictionData,
  options: PredictOptions = {},
): Promise<Predictions> {
  checkOptionKeys('predict', options, predictOptionKeys);
  const { batchSize = 32 } = options;
  checkBatchSize('predict', batchSize);
  const samples = await readTensorSamples(data as TrainingData, 'data');
  const set = toSampleSet(samples, model.inputShape, model.outputUnits, 'data', false);
  const units = model.outputUnits;
  const probabilities = new Float32Array(set.count * units);
  const builder = new BatchBuilder(set, model.inputShape, batchSize);
  for (let start = 0; start < set.count; start += batchSize) {
    const batch = builder.build(undefined, start, Math.min(start + batchSize, set.count));
    const output = tf.tidy(() => model.apply(batch.x, { training: false }));
    batch.x.dispose();
    const values = await output.data();
    output.dispose();
    const bad = values.findIndex((value) => !Number.isFinite(value));
    if (bad >= 0) {
      const sample = start + Math.floor(bad / units);
      throw new NonFiniteOutputError('predict', `output of sample ${sample}`, values[bad]!);
    }
    probabilities.set(values, start * units);
  }
  return { probabilities, count: set.count, units, backend: tf.getBackend() };
}

/** The predicted class of each sample (Keras' `argmax(model.predict(x), -1)`). */
export async function predictClasses(
  model: TrainableModel,
  data: PredictionData,
  options: PredictOptions = {},
): Promise<ClassPredictions> {
  const { probabilities, count, units, backend } = await predict(model, data, options);
  const classes = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    if (units === 1) {
      classes[i] = probabilities[i]! >= 0.5 ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let unit = 1; unit < units; unit++) {
      if (probabilities[i * units + unit]! > probabilities[i * units + best]!) best = unit;
    }
    classes[i] = best;
  }
  return { classes, backend };
}
