import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import type { LabelArray } from '../input/label-array.js';
import { checkLabelPair } from '../input/label-array.js';
import { indexOfLabels, resolveLabels } from '../input/resolve-labels.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import { matrixText } from './confusion-matrix-text.js';
import type { ConfusionNormalize } from './normalize-matrix.js';
import { normalizeMatrix } from './normalize-matrix.js';

/** Options of {@link confusionMatrix}; `labels` and `normalize` follow scikit-learn's parameters. */
export interface ConfusionMatrixOptions {
  /** Labels that index the rows and columns, in this order; samples with other labels are left out. @default the sorted union of yTrue and yPred */
  labels?: LabelArray;
  /** Normalize over true classes (rows), predicted classes (columns) or all samples. @default undefined (raw counts) */
  normalize?: ConfusionNormalize;
  /** Decimals of normalized values in `text` (the matrix itself is unrounded). @default 2 */
  digits?: number;
  /** Called with `text`, e.g. `console.log`. @default no call */
  print?: (text: string) => void;
}

/** A confusion matrix with the labels of its rows (true) and columns (predicted). */
export interface ConfusionMatrix {
  /** Label of each row and column. */
  readonly labels: readonly number[];
  /** `matrix[i][j]`: samples of class `labels[i]` predicted as `labels[j]` (or that count normalized). */
  readonly matrix: readonly (readonly number[])[];
  /** The normalization applied, `undefined` for counts. */
  readonly normalize: ConfusionNormalize | undefined;
  /** The matrix as a table with true labels down and predicted labels across. */
  readonly text: string;
}

const NORMALIZE_MODES: readonly (ConfusionNormalize | undefined)[] = [undefined, 'true', 'pred', 'all'];

const confusionMatrixOptionKeys: OptionKeys<ConfusionMatrixOptions> = {
  labels: true,
  normalize: true,
  digits: true,
  print: true,
};

/**
 * Counts each (true, predicted) pair: scikit-learn 1.2's `confusion_matrix`, the same numbers. Labels that
 * occur only in predictions get a row and column like any other.
 */
export function confusionMatrix(
  yTrue: LabelArray,
  yPred: LabelArray,
  options: ConfusionMatrixOptions = {},
): ConfusionMatrix {
  checkOptionKeys('confusionMatrix', options, confusionMatrixOptionKeys);
  const { normalize, digits = 2, print } = options;
  checkLabelPair(yTrue, yPred);
  if (!NORMALIZE_MODES.includes(normalize)) {
    throw new InvalidArgumentError(
      'options.normalize',
      normalize,
      "options.normalize must be 'true', 'pred', 'all' or undefined",
    );
  }
  if (!Number.isInteger(digits) || digits < 0) {
    throw new InvalidArgumentError('options.digits', digits, 'options.digits must be a non-negative integer');
  }
  const labels = resolveLabels(yTrue, yPred, options.labels);
  const index = indexOfLabels(labels);
  if (options.labels !== undefined && !Array.from(yTrue).some((label) => index.has(label))) {
    throw new InvalidArgumentError(
      'options.labels',
      labels,
      'At least one label specified must be in y_true. Include a class that occurs in yTrue',
    );
  }
  const counts = labels.map(() => new Array<number>(labels.length).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const row = index.get(yTrue[i]!);
    const column = index.get(yPred[i]!);
    if (row !== undefined && column !== undefined) counts[row]![column]!++;
  }
  const matrix = normalize === undefined ? counts : normalizeMatrix(counts, normalize);
  const text = matrixText(labels, matrix, normalize === undefined ? undefined : digits);
  print?.(text);
  return { labels, matrix, normalize, text };
}
