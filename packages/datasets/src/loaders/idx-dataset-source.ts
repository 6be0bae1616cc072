import type { Checksum } from '../checksum/checksum';

/** One downloadable file and its pinned checksum. */
export interface RemoteFile {
  /** File name on the mirrors and on disk, e.g. `'train-images-idx3-ubyte.gz'`. */
  readonly name: string;
  /** Checksum of the file exactly as served (for the pinned upstream files: MD5 of the gzipped file). */
  readonly checksum: Checksum;
}

/** The images file and labels file of one split. */
export interface SplitFiles {
  readonly images: RemoteFile;
  readonly labels: RemoteFile;
}

/** The files of a data set in the MNIST layout. */
export interface DatasetFiles {
  readonly train: SplitFiles;
  readonly test: SplitFiles;
}

/** Where an IDX image data set (MNIST layout) comes from and what it contains. */
export interface IdxDatasetSource {
  /** Folder name under the cache and `DIGITLAB_DATA_DIR`, e.g. `'mnist'`. */
  readonly id: string;
  /** Name for messages, e.g. `'MNIST'`. */
  readonly title: string;
  /** Base URLs tried in order; a file's URL is the base plus its name. */
  readonly mirrors: readonly string[];
  readonly files: DatasetFiles;
  /** A name per class, indexed by label; their number is the number of classes. */
  readonly classNames: readonly string[];
  /** Height and width of every image, checked on the files' headers before their data is read. @default any */
  readonly imageShape?: readonly [number, number];
  /** Folders where an operating-system package installs the files, searched after `DIGITLAB_DATA_DIR`. */
  readonly systemDirs: readonly string[];
}
