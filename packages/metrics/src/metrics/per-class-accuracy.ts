import type { LabelArray } from '../input/label-array.js';
import { checkLabelPair } from '../input/label-array.js';
import { resolveLabels } from '../input/resolve-labels.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import { countLabels } from './label-counts.js';

/** Options of {@link perClassAccuracy}. */
export interface PerClassAccuracyOptions {
  /** Classes to report, in this order. @default the sorted union of yTrue and yPred */
  labels?: LabelArray;
}

/** How well one class was recognised. */
export interface ClassAccuracy {
  /** The class label. */
  readonly label: number;
  /** Samples of the class predicted correctly. */
  readonly correct: number;
  /** Samples of the class. */
  readonly support: number;
  /** `correct / support` (the class's recall); 0 for a class with no samples, as scikit-learn's normalized confusion matrix. */
  readonly accuracy: number;
}

const perClassAccuracyOptionKeys: OptionKeys<PerClassAccuracyOptions> = { labels: true };

/**
 * Accuracy within each true class: the diagonal of scikit-learn's `confusion_matrix(normalize='true')`,
 * with the counts behind it.
 */
export function perClassAccuracy(
  yTrue: LabelArray,
  yPred: LabelArray,
  options: PerClassAccuracyOptions = {},
): ClassAccuracy[] {
  checkOptionKeys('perClassAccuracy', options, perClassAccuracyOptionKeys);
  checkLabelPair(yTrue, yPred);
  const labels = resolveLabels(yTrue, yPred, options.labels);
  const counts = countLabels(yTrue, yPred, labels);
  return labels.map((label, i) => {
    const correct = counts.truePositives[i]!;
    const support = counts.actual[i]!;
    return { label, correct, support, accuracy: support === 0 ? 0 : correct / support };
  });
}
