import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import type { LabelArray } from './label-array.js';
import { uniqueLabels } from './label-array.js';

/**
 * The labels a metric reports on, in order: the caller's `labels` option (validated: integers, no
 * duplicates, at least one) or else the sorted union of the labels in yTrue and yPred, as scikit-learn does.
 */
export function resolveLabels(
  yTrue: LabelArray,
  yPred: LabelArray,
  labels: LabelArray | undefined,
): number[] {
  if (labels === undefined) return uniqueLabels(yTrue, yPred);
  const list = Array.from(labels);
  if (list.length === 0) {
    throw new InvalidArgumentError(
      'options.labels',
      list,
      "'labels' should contains at least one label. Pass at least one label, or omit the option to use every label",
    );
  }
  const seen = new Set<number>();
  for (const label of list) {
    if (!Number.isInteger(label)) {
      throw new InvalidArgumentError(
        'options.labels',
        list,
        `options.labels must hold integers, got ${label}`,
      );
    }
    if (seen.has(label)) {
      throw new InvalidArgumentError(
        'options.labels',
        list,
        `options.labels lists ${label} twice; list each label once`,
      );
    }
    seen.add(label);
  }
  return list;
}

/** A map from label to its row/column in `labels`. */
export function indexOfLabels(labels: readonly number[]): Map<number, number> {
  return new Map(labels.map((label, index) => [label, index]));
}
