import { DatasetsError } from './datasets-error';

/** One failed try to download a file from one mirror. */
export interface DownloadAttempt {
  /** The URL tried. */
  readonly url: string;
  /** Why it failed: an {@link HttpStatusError}, a {@link ChecksumError} or a network error. */
  readonly error: Error;
}

/** Every mirror failed for a file; nothing was left in the cache. */
export class DownloadError extends DatasetsError {
  /** The file name, e.g. `'train-images-idx3-ubyte.gz'`. */
  readonly file: string;
  /** Every try, in order. */
  readonly attempts: readonly DownloadAttempt[];

  constructor(file: string, attempts: readonly DownloadAttempt[]) {
    const tried = attempts.map((attempt) => `${attempt.url}: ${attempt.error.message}`).join('; ');
    super(
      `Could not download ${file} from any mirror. Check the network, pass other \`mirrors\`, or put the file ` +
        `in the cache folder yourself. Received: ${attempts.length} failed attempts (${tried})`,
      { cause: attempts.at(-1)?.error },
    );
    this.file = file;
    this.attempts = attempts;
  }
}
