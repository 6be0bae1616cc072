import type { DataSource } from './data-source';
import type { DatasetName } from './dataset-catalog';

/** One split of a lab's data: the trainer's `Samples` (features, labels, scale) plus the count. */
export interface LabSplit {
  /** Features, sample after sample: raw pixels (NHWC) or XOR coordinates. */
  readonly x: Uint8Array | Float32Array;
  /** One class index per sample. */
  readonly y: Uint8Array;
  readonly count: number;
  /** The feature value that maps to 1 (255 for MNIST, 16 for the digits, 1 for XOR). */
  readonly maxValue: number;
}

/** A data set's test set, as `evaluate` uses it (MNIST's training files are not needed for it). */
export interface LabTestData {
  readonly dataset: DatasetName;
  readonly test: LabSplit;
  /** Shape of one sample, e.g. `[8, 8, 1]` or `[2]`. */
  readonly sampleShape: readonly number[];
  readonly numClasses: number;
  /** A name per class, indexed by label. */
  readonly classNames: readonly string[];
  /** Image size, for data sets of images (not XOR). */
  readonly image: { readonly height: number; readonly width: number } | undefined;
  /** Where the data came from, for the narration. */
  readonly source: DataSource;
}

/** A data set split for training and testing, as the labs use it. */
export interface LabData extends LabTestData {
  readonly train: LabSplit;
}
