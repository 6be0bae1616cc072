import {
  concatDatasets,
  createRandom,
  type DownloadProgress,
  type ImageDataset,
  type LoadOptions,
  loadDigits,
  loadFashionMnist,
  loadMnist,
  MissingFilesError,
  makeXor,
  permutation,
  trainTestSplit,
} from '@digitlab/datasets';
import { MissingDataError } from '../errors/missing-data-error';
import type { DatasetName } from './dataset-catalog';
import type { LabData, LabSplit } from './lab-data';

/** Options of {@link loadLabData}. */
export interface LoadLabDataOptions {
  /**
   * Seed of XOR's noise and of the train/test split of XOR and the digits.
   * @default 42
   */
  seed?: number;
  /**
   * Fraction held out for testing: of XOR or the digits, and of MNIST / Fashion-MNIST when `pooled`.
   * @default 0.25
   */
  testSplit?: number;
  /**
   * MNIST / Fashion-MNIST: pool the train and test files (70,000 images, as `fetch_openml` gives them) and
   * hold out `testSplit` at random, not stratified, as scikit-learn's `train_test_split` (seed 004).
   * @default false: the official 60,000/10,000 files (seed 002)
   */
  pooled?: boolean;
  /**
   * A folder searched first for MNIST / Fashion-MNIST files.
   * @default none: `$DIGITLAB_DATA_DIR`, Debian's folder and the cache are searched
   */
  dataDir?: string;
  /**
   * Never download; missing files fail with the list of files and where to put them.
   * @default false
   */
  offline?: boolean;
  /**
   * Root of the download cache.
   * @default `$XDG_CACHE_HOME/digitlab`, else `~/.cache/digitlab`
   */
  cacheDir?: string;
  /**
   * Called after each downloaded chunk.
   * @default none
   */
  onDownload?: (progress: DownloadProgress) => void;
}

const splitOf = (images: ImageDataset): LabSplit => ({
  x: images.images,
  y: images.labels,
  count: images.count,
  maxValue: images.maxValue,
});

function imageData(dataset: DatasetName, train: ImageDataset, test: ImageDataset): LabData {
  return {
    dataset,
    train: splitOf(train),
    test: splitOf(test),
    sampleShape: [train.height, train.width, train.channels],
    numClasses: train.numClasses,
    classNames: train.classNames,
    image: { height: train.height, width: train.width },
  };
}

function xorData(seed: number, testSplit: number): LabData {
  const xor = makeXor({ repeats: 200, noise: 0.3, seed });
  const order = permutation(xor.count, createRandom(seed));
  const testCount = Math.ceil(testSplit * xor.count);
  const pick = (indices: Uint32Array): LabSplit => {
    const x = new Float32Array(indices.length * 2);
    const y = new Uint8Array(indices.length);
    indices.forEach((index, i) => {
      x[2 * i] = xor.points[2 * index]!;
      x[2 * i + 1] = xor.points[2 * index + 1]!;
      y[i] = xor.labels[index]!;
    });
    return { x, y, count: indices.length, maxValue: 1 };
  };
  return {
    dataset: 'xor',
    train: pick(order.subarray(testCount)),
    test: pick(order.subarray(0, testCount)),
    sampleShape: [2],
    numClasses: 2,
    classNames: ['0', '1'],
    image: undefined,
  };
}

/**
 * Loads a data set split into train and test sets the way the labs use it: XOR generated and the digits
 * split at random (seeded, stratified for the digits); MNIST and Fashion-MNIST from their train and test files,
 * or pooled and split at random when `pooled`.
 */
export async function loadLabData(name: DatasetName, options: LoadLabDataOptions = {}): Promise<LabData> {
  const {
    seed = 42,
    testSplit = 0.25,
    pooled = false,
    dataDir,
    offline = false,
    cacheDir,
    onDownload,
  } = options;
  if (name === 'xor') return xorData(seed, testSplit);
  if (name === 'digits') {
    const { train, test } = trainTestSplit(loadDigits(), { testSize: testSplit, seed, stratify: true });
    return imageData(name, train, test);
  }
  const load = name === 'mnist' ? loadMnist : loadFashionMnist;
  const loadOptions: LoadOptions = { offline, dir: dataDir, cacheDir, onProgress: onDownload };
  const train = await load({ ...loadOptions, split: 'train' }).catch(async (error: unknown) => {
    // Name the test files too when they are missing, so one message lists everything to put in place.
    if (!(error instanceof MissingFilesError)) throw error;
    const testError = await load({ ...loadOptions, split: 'test' }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    const missing = [...error.missing, ...(testError instanceof MissingFilesError ? testError.missing : [])];
    throw new MissingDataError(name, missing, error.searched);
  });
  const test = await load({ ...loadOptions, split: 'test' }).catch((error: unknown) => {
    if (error instanceof MissingFilesError) throw new MissingDataError(name, error.missing, error.searched);
    throw error;
  });
  if (!pooled) return imageData(name, train, test);
  const split = trainTestSplit(concatDatasets(train, test), { testSize: testSplit, seed });
  return imageData(name, split.train, split.test);
}
