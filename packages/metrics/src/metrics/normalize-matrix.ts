/**
 * How to normalize a confusion matrix, as scikit-learn's `normalize`: over the true classes (each row sums
 * to 1: per-class recall on the diagonal), over the predicted classes (columns; precision on the diagonal)
 * or over all samples.
 */
export type ConfusionNormalize = 'true' | 'pred' | 'all';

/**
 * Divides counts by row, column or grand totals; an all-zero row or column stays 0 (scikit-learn's
 * `nan_to_num` of 0/0).
 */
export function normalizeMatrix(
  counts: readonly (readonly number[])[],
  normalize: ConfusionNormalize,
): number[][] {
  const size = counts.length;
  const rowSums = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnSums = counts[0]!.map((_, column) => counts.reduce((sum, row) => sum + row[column]!, 0));
  const total = rowSums.reduce((sum, value) => sum + value, 0);
  const divisor = (row: number, column: number) =>
    normalize === 'true' ? rowSums[row]! : normalize === 'pred' ? columnSums[column]! : total;
  return Array.from({ length: size }, (_, row) =>
    counts[row]!.map((count, column) => {
      const denominator = divisor(row, column);
      return denominator === 0 ? 0 : count / denominator;
    }),
  );
}
