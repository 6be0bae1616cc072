import { CliError, exitCodes } from './cli-error';

/** Data set files are missing and `--offline` forbids downloading them. */
export class MissingDataError extends CliError {
  /** The data set, e.g. `'mnist'`. */
  readonly dataset: string;
  /** The files not found, train and test. */
  readonly missing: readonly string[];
  /** The folders searched, in order. */
  readonly searched: readonly string[];
  /** The download cache folder of the data set, e.g. `~/.cache/digitlab/mnist`. */
  readonly cacheFolder: string;

  constructor(dataset: string, missing: readonly string[], searched: readonly string[], cacheFolder: string) {
    super(
      `${dataset} files are missing and --offline forbids downloading them. Put ${missing.join(', ')} ` +
        `(gzipped or not) in ${cacheFolder} or in a folder you pass as --data-dir <folder>, ` +
        `or drop --offline to download them. Received: missing=[${missing.join(', ')}], ` +
        `searched=[${searched.join(', ')}]`,
      exitCodes.failure,
    );
    this.dataset = dataset;
    this.missing = missing;
    this.searched = searched;
    this.cacheFolder = cacheFolder;
  }
}
