import { DatasetsError } from './datasets-error';

/** Which part of an IDX file is wrong. */
export type IdxProblem = 'magic' | 'dtype' | 'rank' | 'shape' | 'length';

/** Bytes that are not a valid IDX file, or an IDX file of the wrong kind for its role. */
export class IdxFormatError extends DatasetsError {
  /** Where the data came from: a file path, or `'bytes'`. */
  readonly source: string;
  /** Which part is wrong: the magic number, the data type, the rank or the byte length. */
  readonly problem: IdxProblem;
  /** What was expected, e.g. `'rank 3'`. */
  readonly expected: string;
  /** What was found, e.g. `'rank 1'`. */
  override readonly received: string;

  constructor(source: string, problem: IdxProblem, expected: string, received: string) {
    super(
      `Invalid IDX data in ${source}: expected ${expected}. ` +
        'Check that the file is an uncorrupted IDX (or gzipped IDX) file of the right kind. ' +
        `Received: ${received}`,
    );
    this.source = source;
    this.problem = problem;
    this.expected = expected;
    this.received = received;
  }
}
