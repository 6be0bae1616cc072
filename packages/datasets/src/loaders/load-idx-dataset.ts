import { InvalidOptionError } from '../errors/invalid-option-error';
import { defaultMaxBytes } from '../gzip/gunzip';
import type { ImageDataset } from '../image-dataset';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { assembleDataset, concatDatasets } from './assemble-dataset';
import type { DownloadProgress } from './download-file';
import type { DatasetFiles, IdxDatasetSource, RemoteFile } from './idx-dataset-source';
import { type LocatedFile, obtainFiles } from './obtain-files';
import { readIdxFile } from './read-idx-file';

/** Which part of the data set to load; `'all'` is train followed by test (70,000 images for MNIST, as OpenML's `mnist_784`). */
export type Split = 'train' | 'test' | 'all';

/** Options of {@link loadMnist}, {@link loadFashionMnist} and {@link loadIdxDataset}. */
export interface LoadOptions {
  /** @default 'train' */
  split?: Split;
  /** A folder holding the files, searched first. @default none */
  dir?: string;
  /** Root of the download cache; files go to `<cacheDir>/<id>`. @default `$XDG_CACHE_HOME/digitlab`, else `~/.cache/digitlab` */
  cacheDir?: string;
  /** Never download; a missing file throws {@link MissingFilesError}. @default false */
  offline?: boolean;
  /** Base URLs to download from, tried in order. @default the data set's pinned mirrors */
  mirrors?: readonly string[];
  /** File names and checksums, e.g. for your own mirror. @default the data set's pinned files */
  files?: DatasetFiles;
  /** Extra tries per mirror after a network error or HTTP 408/429/5xx. @default 2 */
  retries?: number;
  /** Wait before the first retry, doubled before each further one. @default 1000 */
  retryDelayMs?: number;
  /** Called after each chunk downloaded. @default none */
  onProgress?: (progress: DownloadProgress) => void;
  /** Called once per file with the path read and where it came from (a folder, the cache, a download). @default none */
  onFile?: (file: LocatedFile) => void;
  /**
   * The most bytes one (decompressed) file may hold; a file whose size or header asks for more is refused
   * with a `SizeLimitError` before its data is read.
   * @default 268435456 (256 MiB; MNIST's train images are 47 MB)
   */
  maxBytes?: number;
  /**
   * How long to wait for a mirror to answer a request (connection and response headers).
   * @default 30000 ({@link downloadTimeoutDefaults})
   */
  connectTimeoutMs?: number;
  /**
   * How long a download may receive nothing before it is abandoned as stalled (a slow mirror still sends
   * something every few seconds).
   * @default 60000 ({@link downloadTimeoutDefaults})
   */
  idleTimeoutMs?: number;
}

/** The defaults of {@link LoadOptions.connectTimeoutMs} and {@link LoadOptions.idleTimeoutMs}. */
export const downloadTimeoutDefaults = { connectTimeoutMs: 30_000, idleTimeoutMs: 60_000 } as const;

const loadOptionKeys: OptionKeys<LoadOptions> = {
  split: true,
  dir: true,
  cacheDir: true,
  offline: true,
  mirrors: true,
  files: true,
  retries: true,
  retryDelayMs: true,
  onProgress: true,
  onFile: true,
  maxBytes: true,
  connectTimeoutMs: true,
  idleTimeoutMs: true,
};

/**
 * Loads an IDX image data set in the MNIST layout (Node only). Each file is taken from the first folder that has
 * it: `dir`, `$DIGITLAB_DATA_DIR/<id>`, the source's system folders, then the cache; otherwise it is downloaded
 * into the cache (unless `offline`). Local files are checked structurally (IDX header, byte length, counts,
 * label range), downloads against their pinned checksum.
 */
export async function loadIdxDataset(
  source: IdxDatasetSource,
  options: LoadOptions = {},
): Promise<ImageDataset> {
  checkOptionKeys(`load ${source.title}`, options, loadOptionKeys);
  const {
    split = 'train',
    dir,
    cacheDir,
    offline = false,
    mirrors = source.mirrors,
    files = source.files,
    retries = 2,
    retryDelayMs = 1000,
    onProgress,
    onFile,
    maxBytes = defaultMaxBytes,
    connectTimeoutMs = downloadTimeoutDefaults.connectTimeoutMs,
    idleTimeoutMs = downloadTimeoutDefaults.idleTimeoutMs,
  } = options;
  for (const [name, value] of Object.entries({ maxBytes, connectTimeoutMs, idleTimeoutMs })) {
    if (!(Number.isFinite(value) && value > 0)) {
      throw new InvalidOptionError(`load ${source.title}`, name, 'must be a positive number', value);
    }
  }
  if (split !== 'train' && split !== 'test' && split !== 'all') {
    throw new InvalidOptionError(`load ${source.title}`, 'split', "must be 'train', 'test' or 'all'", split);
  }
  const splits = split === 'all' ? (['train', 'test'] as const) : [split];
  const needed = splits.flatMap((part) => [files[part].images, files[part].labels]);
  for (const file of needed) checkChecksumSpec(source.title, file);
  const paths = await obtainFiles(source, needed, {
    dir,
    cacheDir,
    offline,
    mirrors,
    retries,
    retryDelayMs,
    onProgress,
    onFile,
    connectTimeoutMs,
    idleTimeoutMs,
  });
  const datasets: ImageDataset[] = [];
  for (const part of splits) {
    const imagesPath = paths.get(files[part].images.name)!;
    const labelsPath = paths.get(files[part].labels.name)!;
    const sampleShape = source.imageShape;
    const [images, labels] = await Promise.all([
      readIdxFile(
        imagesPath,
        sampleShape === undefined ? { maxBytes, rank: 3 } : { maxBytes, rank: 3, sampleShape },
      ),
      readIdxFile(labelsPath, { maxBytes, rank: 1 }),
    ]);
    datasets.push(
      assembleDataset(
        { path: imagesPath, array: images },
        { path: labelsPath, array: labels },
        source.classNames,
      ),
    );
  }
  return datasets.length === 2 ? concatDatasets(datasets[0]!, datasets[1]!) : datasets[0]!;
}

function checkChecksumSpec(title: string, file: RemoteFile): void {
  const { algorithm, hex } = file.checksum;
  const length = algorithm === 'md5' ? 32 : algorithm === 'sha256' ? 64 : 0;
  if (length === 0 || !new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) {
    throw new InvalidOptionError(
      `load ${title}`,
      `files (${file.name}).checksum`,
      "must be { algorithm: 'md5', hex: 32 hex digits } or { algorithm: 'sha256', hex: 64 hex digits }",
      `${algorithm}:${hex}`,
    );
  }
}
