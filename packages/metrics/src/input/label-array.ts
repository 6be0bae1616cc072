import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidLabelError } from '../errors/invalid-label-error.js';
import { LengthMismatchError } from '../errors/length-mismatch-error.js';

/**
 * Integer class labels, one per sample: a plain `number[]` or any typed array (`Uint8Array`,
 * `Int32Array`, `Float32Array` holding integers, …), e.g. the result of `argMax(1).dataSync()`.
 */
export type LabelArray = ArrayLike<number>;

/** Throws unless `labels` is non-empty and holds only integers (and, with `numClasses`, class indices). */
export function checkLabels(labels: LabelArray, argument: string, numClasses?: number): void {
  if (labels.length === 0) throw new EmptyInputError(argument, 'pass at least one label');
  for (let i = 0; i < labels.length; i++) {
    const value = labels[i]!;
    if (!Number.isInteger(value)) throw new InvalidLabelError(argument, i, value);
    if (numClasses !== undefined && (value < 0 || value >= numClasses)) {
      throw new InvalidLabelError(argument, i, value, `an integer in [0, ${numClasses})`);
    }
  }
}

/** Validates a pair of label arrays that describe the same samples. */
export function checkLabelPair(yTrue: LabelArray, yPred: LabelArray): void {
  checkLabels(yTrue, 'yTrue');
  checkLabels(yPred, 'yPred');
  if (yPred.length !== yTrue.length) {
    throw new LengthMismatchError('yPred', 'yTrue', yTrue.length, yPred.length);
  }
}

/** The sorted union of the labels in all arrays, as scikit-learn's `unique_labels` returns it. */
export function uniqueLabels(...arrays: readonly LabelArray[]): number[] {
  const seen = new Set<number>();
  for (const array of arrays) for (let i = 0; i < array.length; i++) seen.add(array[i]!);
  return [...seen].sort((a, b) => a - b);
}
