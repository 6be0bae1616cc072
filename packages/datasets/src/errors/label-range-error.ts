import { DatasetsError } from './datasets-error';

/** A label is not a class index in `[0, numClasses)`. */
export class LabelRangeError extends DatasetsError {
  /** Position of the first bad label. */
  readonly index: number;
  /** The bad label. */
  readonly label: number;
  /** Number of classes the labels must be below. */
  readonly numClasses: number;

  constructor(index: number, label: number, numClasses: number) {
    super(
      `Labels must be integers in [0, ${numClasses}); check the labels file or numClasses. ` +
        `Received: labels[${index}]=${label}, numClasses=${numClasses}`,
    );
    this.index = index;
    this.label = label;
    this.numClasses = numClasses;
  }
}
