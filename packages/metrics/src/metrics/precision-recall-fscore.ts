import { pairwiseSum } from '../numeric/pairwise-sum.js';
import type { LabelCounts } from './label-counts.js';

/**
 * What a metric is when its denominator is zero: scikit-learn's `zero_division`. `'warn'` uses 0 and
 * reports scikit-learn's `UndefinedMetricWarning` text; 0 and 1 use that value silently.
 */
export type ZeroDivision = 'warn' | 0 | 1;

/** The averages scikit-learn's classification report computes for single-label targets. */
export type Average = 'micro' | 'macro' | 'weighted';

/** Precision, recall and F1 per label, or averaged over labels. */
export interface PrecisionRecallFscore<T> {
  readonly precision: T;
  readonly recall: T;
  readonly f1: T;
}

/** Per-label scores, as `precision_recall_fscore_support(average=None)` (β = 1). */
export function scorePerLabel(
  counts: LabelCounts,
  zeroDivision: ZeroDivision,
  warnings: string[],
): PrecisionRecallFscore<number[]> {
  return scoreCounts(counts.truePositives, counts.predicted, counts.actual, zeroDivision, warnings);
}

/** Averaged scores, as `precision_recall_fscore_support(average=...)` (β = 1), bit for bit. */
export function scoreAverage(
  counts: LabelCounts,
  average: Average,
  zeroDivision: ZeroDivision,
  warnings: string[],
): PrecisionRecallFscore<number> {
  if (average === 'micro') {
    const total = (values: number[]) => [values.reduce((sum, value) => sum + value, 0)];
    const micro = scoreCounts(
      total(counts.truePositives),
      total(counts.predicted),
      total(counts.actual),
      zeroDivision,
      warnings,
    );
    return { precision: micro.precision[0]!, recall: micro.recall[0]!, f1: micro.f1[0]! };
  }
  const scores = scorePerLabel(counts, zeroDivision, warnings);
  if (average === 'macro') {
    const mean = (values: number[]) => pairwiseSum(values) / values.length;
    return { precision: mean(scores.precision), recall: mean(scores.recall), f1: mean(scores.f1) };
  }
  const weightSum = pairwiseSum(counts.actual);
  if (weightSum === 0) {
    // scikit-learn's early return when no sample carries any of the labels.
    const fallback = zeroDivision === 1 ? 1 : 0;
    if (pairwiseSum(counts.predicted) === 0) return { precision: fallback, recall: fallback, f1: fallback };
    return { precision: 0, recall: fallback, f1: 0 };
  }
  const weighted = (values: number[]) =>
    pairwiseSum(values.map((value, i) => value * counts.actual[i]!)) / weightSum;
  return { precision: weighted(scores.precision), recall: weighted(scores.recall), f1: weighted(scores.f1) };
}

function scoreCounts(
  truePositives: number[],
  predicted: number[],
  actual: number[],
  zeroDivision: ZeroDivision,
  warnings: string[],
): PrecisionRecallFscore<number[]> {
  const precision = divide(truePositives, predicted, 'Precision', 'predicted', zeroDivision, warnings);
  const recall = divide(truePositives, actual, 'Recall', 'true', zeroDivision, warnings);
  const f1 = precision.map((p, i) => {
    const r = recall[i]!;
    const denominator = p + r === 0 ? 1 : p + r;
    return (2 * p * r) / denominator;
  });
  return { precision, recall, f1 };
}

/** scikit-learn's `_prf_divide` with its default `warn_for`, including the warning text. */
function divide(
  numerators: number[],
  denominators: number[],
  metric: 'Precision' | 'Recall',
  modifier: 'predicted' | 'true',
  zeroDivision: ZeroDivision,
  warnings: string[],
): number[] {
  const fallback = zeroDivision === 1 ? 1 : 0;
  let undefinedSomewhere = false;
  const result = numerators.map((numerator, i) => {
    if (denominators[i] !== 0) return numerator / denominators[i]!;
    undefinedSomewhere = true;
    return fallback;
  });
  if (undefinedSomewhere && zeroDivision === 'warn') {
    const where = result.length === 1 ? 'due to' : 'in labels with';
    warnings.push(
      `${metric} and F-score are ill-defined and being set to 0.0 ${where} no ${modifier} samples. ` +
        'Use `zero_division` parameter to control this behavior.',
    );
  }
  return result;
}
