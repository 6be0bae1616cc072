import {
  concatDatasets,
  type DownloadProgress,
  type ImageDataset,
  type LoadOptions,
  type LocatedFile,
  loadDigits,
  loadFashionMnist,
  loadMnist,
  MissingFilesError,
  trainTestSplit,
} from '@digitlab/datasets';
import { MissingDataError } from '../errors/missing-data-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import type { DataSource } from './data-source';
import type { DatasetName } from './dataset-catalog';
import type { LabData, LabSplit, LabTestData } from './lab-data';
import { xorData } from './xor-data';

/** Options of {@link loadLabData}. */
export interface LoadLabDataOptions {
  /**
   * Seed of the train/test split of XOR, the digits and pooled MNIST / Fashion-MNIST, and of XOR's noise,
   * which draws from the seed's own `noise` stream (`@digitlab/spec`'s `deriveSeed`), apart from the split.
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
  /**
   * How long a download mirror may take to answer, in milliseconds (`--connect-timeout`).
   * @default the loader's, 30000 (`@digitlab/datasets`' `downloadTimeoutDefaults`)
   */
  connectTimeoutMs?: number | undefined;
  /**
   * How long a download may receive nothing before it is abandoned as stalled, in milliseconds (`--idle-timeout`).
   * @default the loader's, 60000 (`@digitlab/datasets`' `downloadTimeoutDefaults`)
   */
  idleTimeoutMs?: number | undefined;
}

const loadLabDataOptionKeys: OptionKeys<LoadLabDataOptions> = {
  seed: true,
  testSplit: true,
  pooled: true,
  dataDir: true,
  offline: true,
  cacheDir: true,
  onDownload: true,
  connectTimeoutMs: true,
  idleTimeoutMs: true,
};

const splitOf = (images: ImageDataset): LabSplit => ({
  x: images.images,
  y: images.labels,
  count: images.count,
  maxValue: images.maxValue,
});

function imageData(
  dataset: DatasetName,
  train: ImageDataset | undefined,
  test: ImageDataset,
  source: DataSource,
): LabTestData & { readonly train: LabSplit | undefined } {
  return {
    dataset,
    train: train === undefined ? undefined : splitOf(train),
    test: splitOf(test),
    sampleShape: [test.height, test.width, test.channels],
    numClasses: test.numClasses,
    classNames: test.classNames,
    image: { height: test.height, width: test.width },
    source,
  };
}

/**
 * Loads a data set split into train and test sets the way the labs use it: XOR generated and the digits
 * split at random (seeded, stratified for the digits); MNIST and Fashion-MNIST from their train and test files,
 * or pooled and split at random when `pooled`.
 */
export async function loadLabData(name: DatasetName, options: LoadLabDataOptions = {}): Promise<LabData> {
  checkOptionKeys('loadLabData', options, loadLabDataOptionKeys);
  const { train, ...rest } = await loadSplits(name, options, false);
  return { ...rest, train: train! };
}

/**
 * Loads the test set only: MNIST's and Fashion-MNIST's training files are neither read nor required (the
 * digits and XOR are split as {@link loadLabData} splits them, so the test set is the same).
 */
export async function loadLabTestSet(
  name: DatasetName,
  options: LoadLabDataOptions = {},
): Promise<LabTestData> {
  checkOptionKeys('loadLabTestSet', options, loadLabDataOptionKeys);
  const { train: _train, ...test } = await loadSplits(name, options, true);
  return test;
}

async function loadSplits(
  name: DatasetName,
  options: LoadLabDataOptions,
  testOnly: boolean,
): Promise<LabTestData & { readonly train: LabSplit | undefined }> {
  const {
    seed = 42,
    testSplit = 0.25,
    pooled = false,
    dataDir,
    offline = false,
    cacheDir,
    onDownload,
    connectTimeoutMs,
    idleTimeoutMs,
  } = options;
  if (name === 'xor') return xorData(seed, testSplit);
  if (name === 'digits') {
    const { train, test } = trainTestSplit(loadDigits(), { testSize: testSplit, seed, stratify: true });
    return imageData(name, train, test, { kind: 'embedded' });
  }
  const load = name === 'mnist' ? loadMnist : loadFashionMnist;
  const files: LocatedFile[] = [];
  const loadOptions: LoadOptions = {
    offline,
    dir: dataDir,
    cacheDir,
    onProgress: onDownload,
    onFile: (file) => files.push(file),
    connectTimeoutMs,
    idleTimeoutMs,
  };
  // A pooled test set is drawn from both files, so even a test-only load reads the training file then.
  const splits = testOnly && !pooled ? (['test'] as const) : (['train', 'test'] as const);
  const loaded = await Promise.allSettled(splits.map((split) => load({ ...loadOptions, split })));
  const missing = loaded.flatMap((result) =>
    result.status === 'rejected' && result.reason instanceof MissingFilesError ? [result.reason] : [],
  );
  // One message lists every file to put in place, train and test.
  if (missing.length > 0) {
    const [first] = missing as [MissingFilesError];
    const names = missing.flatMap((error) => error.missing);
    throw new MissingDataError(name, names, first.searched, first.destination);
  }
  const datasets = loaded.map((result) => {
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  });
  const source: DataSource = { kind: 'files', files };
  if (!pooled) return imageData(name, testOnly ? undefined : datasets[0], datasets.at(-1)!, source);
  const [train, test] = datasets as [ImageDataset, ImageDataset];
  const split = trainTestSplit(concatDatasets(train, test), { testSize: testSplit, seed });
  return imageData(name, testOnly ? undefined : split.train, split.test, source);
}
