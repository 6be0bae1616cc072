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
  /** The cache folder the file was to be downloaded into, e.g. `~/.cache/digitlab/mnist`. */
  readonly directory: string;

  constructor(file: string, attempts: readonly DownloadAttempt[], directory: string) {
    super(
      `Could not download ${file} from any mirror. Check the network, pass other \`mirrors\`, or put the file ` +
        `in ${directory} yourself. Received: ${describeAttempts(attempts)}`,
      { cause: attempts.at(-1)?.error },
    );
    this.file = file;
    this.attempts = attempts;
    this.directory = directory;
  }
}

/** `2 failed attempts (url: why; url: why)`, the end of a download failure's message. */
export function describeAttempts(attempts: readonly DownloadAttempt[]): string {
  const tried = attempts.map((attempt) => `${attempt.url}: ${attempt.error.message}`).join('; ');
  return `${attempts.length} failed attempt${attempts.length === 1 ? '' : 's'} (${tried})`;
}
