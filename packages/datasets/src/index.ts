export { type Checksum, type ChecksumAlgorithm, computeChecksum } from './checksum/checksum';
export { md5 } from './checksum/md5';
export { loadDigits } from './digits/load-digits';
export { ChecksumError } from './errors/checksum-error';
export { CorruptGzipError } from './errors/corrupt-gzip-error';
export { CountMismatchError } from './errors/count-mismatch-error';
export { DatasetsError } from './errors/datasets-error';
export { type DownloadAttempt, DownloadError, describeAttempts } from './errors/download-error';
export { DownloadTimeoutError } from './errors/download-timeout-error';
export { EmptyDatasetError } from './errors/empty-dataset-error';
export { FileAccessError } from './errors/file-access-error';
export { HttpStatusError } from './errors/http-status-error';
export { IdxFormatError, type IdxProblem } from './errors/idx-format-error';
export { InvalidOptionError } from './errors/invalid-option-error';
export { LabelRangeError } from './errors/label-range-error';
export { MissingFilesError } from './errors/missing-files-error';
export { SizeLimitError } from './errors/size-limit-error';
export type { IdxArray, IdxDataType, IdxTypedArray } from './idx/idx-array';
export { type ReadIdxOptions, readIdx } from './idx/read-idx';
export { type WriteIdxOptions, writeIdx } from './idx/write-idx';
export { createImageDataset, type ImageDataset } from './image-dataset';
export { concatDatasets } from './loaders/assemble-dataset';
export type { DownloadProgress } from './loaders/download-file';
export { fashionMnistSource, loadFashionMnist } from './loaders/fashion-mnist';
export type { DatasetFiles, IdxDatasetSource, RemoteFile, SplitFiles } from './loaders/idx-dataset-source';
export {
  downloadTimeoutDefaults,
  type LoadOptions,
  loadIdxDataset,
  type Split,
} from './loaders/load-idx-dataset';
export { type CacheEnv, defaultCacheDir, type FileOrigin } from './loaders/locate-files';
export { loadMnist, mnistSource } from './loaders/mnist';
export type { LocatedFile } from './loaders/obtain-files';
export { oneHot } from './prepare/one-hot';
export { permutation, shuffleInPlace } from './prepare/permutation';
export { type ScaleMethod, type ScaleOptions, scaleImages } from './prepare/scale-images';
export { selectSamples } from './prepare/select-samples';
export { type ShuffleOptions, shuffleDataset } from './prepare/shuffle-dataset';
export { type Features, type FeaturesOptions, toFeatures } from './prepare/to-features';
export { type TrainTestSplitOptions, trainTestSplit } from './prepare/train-test-split';
export { type ValidationSplitOptions, validationSplit } from './prepare/validation-split';
export { createRandom, type Random, type RandomState } from './random';
export { classCounts } from './stats/class-counts';
export {
  type DatasetSummary,
  type DescribeOptions,
  describeDataset,
  type StatisticRange,
} from './stats/describe-dataset';
export { type ImageStatistics, imageStatistics } from './stats/image-statistics';
export { type RenderOptions, renderImage } from './stats/render-image';
export { makeXor, type XorData, type XorOptions } from './xor/make-xor';
