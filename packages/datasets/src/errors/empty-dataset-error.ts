import { DatasetsError } from './datasets-error';

/** An operation needs at least one sample (or enough of them) and got too few. */
export class EmptyDatasetError extends DatasetsError {
  /** What was empty, e.g. a file path or `'trainTestSplit'`. */
  readonly source: string;
  /** Number of samples received. */
  readonly count: number;

  constructor(source: string, requirement: string, count: number) {
    super(`${source} ${requirement}. Received: ${count} samples`);
    this.source = source;
    this.count = count;
  }
}
