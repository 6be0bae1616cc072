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

/** A data set split for training and testing, as the labs use it. */
export interface LabData {
  readonly dataset: DatasetName;
  readonly train: LabSplit;
  readonly test: LabSplit;
  /** Shape of one sample, e.g. `[8, 8, 1]` or `[2]`. */
  readonly sampleShape: readonly number[];
  readonly numClasses: number;
  /** A name per class, indexed by label. */
  readonly classNames: readonly string[];
  /** Image size, for data sets of images (not XOR). */
  readonly image: { readonly height: number; readonly width: number } | undefined;
}
