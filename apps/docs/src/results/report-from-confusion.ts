import { type ClassificationReport, classificationReport } from '@digitlab/metrics';

/**
 * scikit-learn's classification report of a run, from its confusion matrix: the report depends only on
 * how many samples of each true class got each predicted class, so expanding the counts back into label
 * pairs gives exactly the report the CLI computed from the predictions.
 */
export function reportFromConfusion(
  labels: readonly number[],
  matrix: readonly (readonly number[])[],
  classNames: readonly string[],
): ClassificationReport {
  const yTrue: number[] = [];
  const yPred: number[] = [];
  for (const [i, row] of matrix.entries()) {
    for (const [j, count] of row.entries()) {
      for (let k = 0; k < count; k++) {
        yTrue.push(labels[i]!);
        yPred.push(labels[j]!);
      }
    }
  }
  return classificationReport(yTrue, yPred, {
    labels: [...labels],
    targetNames: labels.map((label) => classNames[label] ?? String(label)),
    zeroDivision: 0,
  });
}
