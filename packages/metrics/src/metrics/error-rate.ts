import type { LabelArray } from '../input/label-array.js';
import { accuracy } from './accuracy.js';

/**
 * Fraction of misclassified samples, computed as scikit-learn's `zero_one_loss` does (`1 - accuracy`),
 * so it matches it to the last bit (errors / samples can differ in the last place).
 */
export function errorRate(yTrue: LabelArray, yPred: LabelArray): number {
  return 1 - accuracy(yTrue, yPred);
}
