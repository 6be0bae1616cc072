import { checkInteger } from '../input/check-integer.js';
import type { LabelArray } from '../input/label-array.js';
import type { Probabilities } from '../input/probabilities.js';
import { argmaxRow } from '../input/probabilities.js';
import { checkProbabilitiesWithLabels } from './check-probabilities-with-labels.js';

/** A misclassified sample and how confidently it was wrong. */
export interface TopError {
  /** Position of the sample in the inputs. */
  readonly index: number;
  /** The predicted class (argmax of its probabilities). */
  readonly predicted: number;
  /** The true class. */
  readonly actual: number;
  /** p(predicted). */
  readonly predictedProbability: number;
  /** p(actual). */
  readonly actualProbability: number;
  /** `predictedProbability - actualProbability`, the ranking key. */
  readonly gap: number;
}

/**
 * The `k` most confident mistakes, as the MNIST lab ranks them: misclassified samples (argmax ≠ true
 * class) by p(predicted) − p(true), largest first, ties by index. Fewer than `k` if there are fewer errors.
 */
export function topErrors(probabilities: Probabilities, yTrue: LabelArray, k = 6): TopError[] {
  checkInteger('k', k, 1, 'the number of errors to return');
  const matrix = checkProbabilitiesWithLabels(probabilities, yTrue);
  const errors: TopError[] = [];
  for (let index = 0; index < matrix.rows; index++) {
    const predicted = argmaxRow(matrix, index);
    const actual = yTrue[index]!;
    if (predicted === actual) continue;
    const predictedProbability = matrix.values[index * matrix.numClasses + predicted]!;
    const actualProbability = matrix.values[index * matrix.numClasses + actual]!;
    errors.push({
      index,
      predicted,
      actual,
      predictedProbability,
      actualProbability,
      gap: predictedProbability - actualProbability,
    });
  }
  return errors.sort((a, b) => b.gap - a.gap || a.index - b.index).slice(0, k);
}
