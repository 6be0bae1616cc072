import type { ChecksumAlgorithm } from '../checksum/checksum-algorithm';
import { DatasetsError } from './datasets-error';

/** Downloaded bytes do not match the pinned checksum; the file was deleted. */
export class ChecksumError extends DatasetsError {
  /** The file name, e.g. `'train-images-idx3-ubyte.gz'`. */
  readonly file: string;
  /** Where it was downloaded from. */
  readonly url: string;
  /** The checksum algorithm. */
  readonly algorithm: ChecksumAlgorithm;
  /** The pinned checksum (lowercase hex). */
  readonly expected: string;
  /** The checksum of what was received. */
  readonly actual: string;

  constructor(file: string, url: string, algorithm: ChecksumAlgorithm, expected: string, actual: string) {
    super(
      `${file} from ${url} does not match its pinned ${algorithm} ${expected}; the file was deleted. ` +
        `The mirror serves a different or damaged file: use another mirror. Received: ${algorithm}=${actual}`,
    );
    this.file = file;
    this.url = url;
    this.algorithm = algorithm;
    this.expected = expected;
    this.actual = actual;
  }
}
