import type * as tf from '@tensorflow/tfjs-core';
import { TrainingDataError } from '../errors/training-data-error';

/** Integer class labels, one per sample. */
export type Labels = Uint8Array | Uint16Array | Int32Array | Uint32Array;

/**
 * Samples as plain typed arrays, the form `fit`, `evaluate` and `predict` compute from (an `ImageDataset`
 * from `@digitlab/datasets` is read the same way, and {@link TensorSamples} are read into this form).
 * Features are converted to float32 one batch at a time, so 60,000 images are never materialised as one
 * float tensor.
 */
export interface Samples {
  /**
   * Features, row-major: sample `i` is `x[i * size, (i + 1) * size)` where `size` is the product of the
   * model's `inputShape` (so 28x28 images feed a `[784]` MLP and a `[28, 28, 1]` CNN alike).
   */
  readonly x: Float32Array | Uint8Array | Uint8ClampedArray;
  /**
   * Targets (not needed by `predict`): one class index per sample for `sparseCategoricalCrossentropy` and
   * `categoricalCrossentropy`, or one-hot rows (`count * classes` values, Keras' categorical form); 0/1
   * per output unit for `binaryCrossentropy`.
   */
  readonly y?: Labels | Float32Array;
  /**
   * The feature value that maps to 1: each batch is divided by it (255 for raw MNIST bytes).
   * @default 1
   */
  readonly maxValue?: number;
}

/** The fields of `@digitlab/datasets`' `ImageDataset` that the trainer reads. */
export interface ImageDatasetLike {
  /** Pixel values, NHWC. */
  readonly images: Uint8Array;
  /** One class index per image. */
  readonly labels: Uint8Array;
  /** The largest pixel value (255 for MNIST, 16 for the 8x8 digits); pixels are divided by it. */
  readonly maxValue: number;
}

/**
 * Samples whose features and targets may be `tf.Tensor`s, as tfjs users hold them. Each tensor is read
 * once with `data()` (the cpu backend hands over its own array; other backends download it once); the
 * tensors stay the caller's: nothing is disposed.
 */
export interface TensorSamples extends Omit<Samples, 'x' | 'y'> {
  /** Features: a typed array, or a numeric tensor of shape `[count, ...inputShape]` (or `[count, size]`). */
  readonly x: Samples['x'] | tf.Tensor;
  /** Targets: a typed array, or a tensor of class indices `[count]` or one-hot rows `[count, classes]`. */
  readonly y?: Samples['y'] | tf.Tensor;
}

/** The typed-array forms of the data, as computed from. */
export type ArrayTrainingData = Samples | ImageDatasetLike;

/** What `fit` and `evaluate` accept: typed arrays, an `ImageDataset`, or tensors. */
export type TrainingData = ArrayTrainingData | TensorSamples;

/** Samples checked against a model: features, their scale, and float targets of `units` per sample. */
export interface SampleSet {
  readonly features: Float32Array | Uint8Array | Uint8ClampedArray;
  /** Multiplier applied to features (1 / maxValue). */
  readonly scale: number;
  readonly count: number;
  /** Values per sample. */
  readonly sampleSize: number;
  /** `count * units` targets (one-hot or 0/1), or undefined for unlabelled data. */
  readonly targets: Float32Array | undefined;
  /** Number of target values per sample: the model's output units. */
  readonly units: number;
}

/**
 * Normalises `data` to a {@link SampleSet} for a model with `inputShape` and `units` outputs; with
 * `withTargets` false the labels are ignored (prediction).
 */
export function toSampleSet(
  data: ArrayTrainingData,
  inputShape: readonly number[],
  units: number,
  field = 'data',
  withTargets = true,
): SampleSet {
  const isImages = 'images' in data;
  const features = isImages ? data.images : data.x;
  const labels = isImages ? data.labels : data.y;
  const maxValue = data.maxValue ?? 1;
  if (!ArrayBuffer.isView(features)) {
    throw new TrainingDataError(
      `${field}.x`,
      'a Float32Array or Uint8Array',
      'pass typed arrays',
      typeof features,
    );
  }
  if (!(maxValue > 0) || !Number.isFinite(maxValue)) {
    throw new TrainingDataError(
      `${field}.maxValue`,
      'a positive number',
      'it divides the features',
      String(maxValue),
    );
  }
  checkFinite(features, `${field}.x`);
  const sampleSize = inputShape.reduce((product, dimension) => product * dimension, 1);
  const count = features.length / sampleSize;
  if (!Number.isInteger(count) || count === 0) {
    throw new TrainingDataError(
      `${field}.x`,
      `a whole, non-zero number of samples of ${sampleSize} values (model input [${inputShape.join(', ')}])`,
      'check the model matches the data',
      `${features.length} values`,
    );
  }
  if (!withTargets) return { features, scale: 1 / maxValue, count, sampleSize, targets: undefined, units };
  if (labels === undefined) {
    throw new TrainingDataError(
      `${field}.y`,
      `${count} labels`,
      'training and evaluation need targets',
      'none',
    );
  }
  return {
    features,
    scale: 1 / maxValue,
    count,
    sampleSize,
    targets: toTargets(labels, count, units, field),
    units,
  };
}

/** Refuses NaN and infinite values, which would train (or predict) silently at a NaN loss. */
function checkFinite(values: ArrayLike<number>, field: string): void {
  if (!(values instanceof Float32Array)) return;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i]!)) {
      throw new TrainingDataError(
        field,
        'finite numbers',
        'remove or impute the samples with missing values',
        `${field}[${i}]=${values[i]}`,
      );
    }
  }
}

/** One-hot rows from class indices, or the given rows when they are already `count * units` long. */
function toTargets(labels: Labels | Float32Array, count: number, units: number, field: string): Float32Array {
  checkFinite(labels, `${field}.y`);
  if (labels.length === count * units && (units > 1 || labels instanceof Float32Array)) {
    return labels instanceof Float32Array ? labels : Float32Array.from(labels);
  }
  if (labels.length !== count) {
    throw new TrainingDataError(
      `${field}.y`,
      `${count} labels (or ${count * units} one-hot values)`,
      'give one label per sample',
      `${labels.length} values`,
    );
  }
  const targets = new Float32Array(count * units);
  for (let i = 0; i < count; i++) {
    const label = labels[i]!;
    if (units === 1) {
      targets[i] = label;
      continue;
    }
    if (!Number.isInteger(label) || label < 0 || label >= units) {
      throw new TrainingDataError(
        `${field}.y`,
        `class indices in [0, ${units})`,
        `the model has ${units} output units`,
        `y[${i}]=${label}`,
      );
    }
    targets[i * units + label] = 1;
  }
  return targets;
}
