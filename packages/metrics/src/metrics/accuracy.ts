import type { LabelArray } from '../input/label-array.js';
import { checkLabelPair } from '../input/label-array.js';

/** Fraction of samples whose prediction equals the true label: scikit-learn's `accuracy_score`. */
export function accuracy(yTrue: LabelArray, yPred: LabelArray): number {
  checkLabelPair(yTrue, yPred);
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return correct / yTrue.length;
}
