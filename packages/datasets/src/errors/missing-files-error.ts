import { DatasetsError } from './datasets-error';

/** `offline: true` and some dataset files are in none of the searched folders. */
export class MissingFilesError extends DatasetsError {
  /** The dataset's title, e.g. `'MNIST'`. */
  readonly dataset: string;
  /** The dataset's id, e.g. `'mnist'` (the subfolder name under `DIGITLAB_DATA_DIR` and the cache). */
  readonly datasetId: string;
  /** The file names that were not found. */
  readonly missing: readonly string[];
  /** The folders searched, in order. */
  readonly searched: readonly string[];
  /** The cache folder downloads would go to, e.g. `~/.cache/digitlab/mnist`. */
  readonly destination: string;

  constructor(
    dataset: string,
    datasetId: string,
    missing: readonly string[],
    searched: readonly string[],
    destination: string,
  ) {
    super(
      `${dataset} files are missing and offline is true. Put ${missing.join(', ')} (gzipped or not) in ` +
        `${destination}, or in a folder you pass as \`dir\`, or allow downloads with offline: false. ` +
        `Received: missing=[${missing.join(', ')}], searched=[${searched.join(', ')}]`,
    );
    this.dataset = dataset;
    this.datasetId = datasetId;
    this.missing = missing;
    this.searched = searched;
    this.destination = destination;
  }
}
