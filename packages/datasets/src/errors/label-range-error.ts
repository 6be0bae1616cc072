import { DatasetsError } from './datasets-error';

/** A label is not a class index in `[0, numClasses)`. */
export class LabelRangeError extends DatasetsError {
  /** Position of the first bad label. */
  readonly index: number;
  /** The bad label. */
  readonly label: number;
  /** Number of classes the labels must be below. */
  readonly numClasses: number;

  /** The labels file, when the labels came from one. */
  readonly source: string | undefined;

  constructor(index: number, label: number, numClasses: number, source?: string) {
    super(
      `Labels${source === undefined ? '' : ` in ${source}`} must be integers in [0, ${numClasses}); ` +
        'check the labels file or numClasses. ' +
        `Received: labels[${index}]=${label}, numClasses=${numClasses}`,
    );
    this.index = index;
    this.label = label;
    this.numClasses = numClasses;
    this.source = source;
  }
}
