import type { LabelArray } from '../input/label-array.js';
import { indexOfLabels } from '../input/resolve-labels.js';

/** Per-label sufficient statistics, in the order of the labels they were counted for. */
export interface LabelCounts {
  /** Samples of the label predicted as the label. */
  readonly truePositives: number[];
  /** Samples predicted as the label. */
  readonly predicted: number[];
  /** Samples of the label (the support). */
  readonly actual: number[];
}

/** Counts true positives, predictions and support per label; other labels are ignored. */
export function countLabels(yTrue: LabelArray, yPred: LabelArray, labels: readonly number[]): LabelCounts {
  const index = indexOfLabels(labels);
  const truePositives = new Array<number>(labels.length).fill(0);
  const predicted = new Array<number>(labels.length).fill(0);
  const actual = new Array<number>(labels.length).fill(0);
  for (let i = 0; i < yTrue.length; i++) {
    const trueIndex = index.get(yTrue[i]!);
    const predIndex = index.get(yPred[i]!);
    if (trueIndex !== undefined) actual[trueIndex]!++;
    if (predIndex !== undefined) predicted[predIndex]!++;
    if (trueIndex !== undefined && trueIndex === predIndex) truePositives[trueIndex]!++;
  }
  return { truePositives, predicted, actual };
}
