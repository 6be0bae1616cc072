import { LabelRangeError } from '../errors/label-range-error';

/**
 * How many samples each class has: entry `k` counts the labels equal to `k` (NumPy's `bincount`). Works on an
 * {@link ImageDataset} or anything with labels and a class count. Throws {@link LabelRangeError} for a label not
 * below `numClasses`.
 */
export function classCounts(data: {
  readonly labels: ArrayLike<number>;
  readonly numClasses: number;
}): number[] {
  const counts = new Array<number>(data.numClasses).fill(0);
  for (let i = 0; i < data.labels.length; i++) {
    const label = data.labels[i]!;
    if (!(label < data.numClasses)) throw new LabelRangeError(i, label, data.numClasses);
    counts[label]!++;
  }
  return counts;
}
