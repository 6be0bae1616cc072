import { UnknownNameError } from '../errors/unknown-name-error';

/** A data set the CLI trains on. */
export type DatasetName = 'xor' | 'digits' | 'mnist' | 'fashion-mnist';

/** One data set, for `datasets list` and the README. */
export interface DatasetEntry {
  readonly name: DatasetName;
  /** What it is, in one line. */
  readonly description: string;
  /** Shape of one sample: `[2]` for XOR points, `[height, width, channels]` for images. */
  readonly sampleShape: readonly number[];
  readonly classes: number;
  /** The feature value that maps to 1: 1 for XOR, 16 for the digits' 0..16, 255 for MNIST's bytes. */
  readonly maxValue: number;
  /** Where the data come from: generated, embedded in @digitlab/datasets, or files (local or downloaded). */
  readonly source: 'generated' | 'embedded' | 'files';
  /** How the test set is made: the official test files, or a seeded stratified split. */
  readonly testSet: 'official' | 'split';
  /**
   * Its samples, known before it loads: all of them, and the official training files' share (the rest are the
   * test files); without test files, `train` is `all`.
   */
  readonly samples: { readonly all: number; readonly train: number };
}

/** Every data set, in the order the labs introduce them. */
export const datasetCatalog: readonly DatasetEntry[] = [
  {
    name: 'xor',
    description: 'noisy XOR: the 4 corners of the unit square repeated 200 times, plus Gaussian noise (0.3)',
    sampleShape: [2],
    classes: 2,
    maxValue: 1,
    source: 'generated',
    testSet: 'split',
    samples: { all: 800, train: 800 },
  },
  {
    name: 'digits',
    description: "scikit-learn's 1,797 handwritten digits, 8x8 pixels of 0..16 (embedded, offline)",
    sampleShape: [8, 8, 1],
    classes: 10,
    maxValue: 16,
    source: 'embedded',
    testSet: 'split',
    samples: { all: 1797, train: 1797 },
  },
  {
    name: 'mnist',
    description: 'MNIST handwritten digits: 60,000 train and 10,000 test images of 28x28 (files or download)',
    sampleShape: [28, 28, 1],
    classes: 10,
    maxValue: 255,
    source: 'files',
    testSet: 'official',
    samples: { all: 70_000, train: 60_000 },
  },
  {
    name: 'fashion-mnist',
    description:
      "Zalando's Fashion-MNIST: 60,000 train and 10,000 test clothing images of 28x28 (files or download)",
    sampleShape: [28, 28, 1],
    classes: 10,
    maxValue: 255,
    source: 'files',
    testSet: 'official',
    samples: { all: 70_000, train: 60_000 },
  },
];

/** Every data set name. */
export const datasetNames: readonly DatasetName[] = datasetCatalog.map((entry) => entry.name);

/** The catalog entry of a data set name, or an {@link UnknownNameError} naming the valid ones. */
export function findDataset(name: string, option = '--dataset'): DatasetEntry {
  const entry = datasetCatalog.find((candidate) => candidate.name === name);
  if (entry === undefined) throw new UnknownNameError('dataset', option, name, datasetNames);
  return entry;
}
