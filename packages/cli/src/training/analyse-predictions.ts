import {
  type ClassificationReport,
  type ConfusionMatrix,
  classificationReport,
  confusionMatrix,
  type TopError,
  topErrors,
} from '@digitlab/metrics';

/** What a run's test predictions show, computed by @digitlab/metrics. */
export interface PredictionAnalysis {
  /** Raw counts, every class a row and a column even when absent from the test set. */
  readonly confusion: ConfusionMatrix;
  /** Rows normalized to 1 (recall per class on the diagonal). */
  readonly normalizedConfusion: ConfusionMatrix;
  /** scikit-learn's classification report, with the class names. */
  readonly report: ClassificationReport;
  /** The worst misclassified test samples, most confident first. */
  readonly topErrors: readonly TopError[];
}

/** Test labels and the model's outputs on them. */
export interface TestPredictions {
  /** True class of each test sample. */
  readonly labels: Uint8Array;
  /** Predicted class of each test sample. */
  readonly classes: Int32Array;
  /** `count * numClasses` probabilities, row-major. */
  readonly probabilities: Float32Array;
  readonly numClasses: number;
}

/**
 * Confusion matrices, classification report and the worst errors of a run's test predictions.
 * @param classNames A display name per class, indexed by label.
 * @param errorCount How many of the worst errors to keep.
 */
export function analysePredictions(
  predictions: TestPredictions,
  classNames: readonly string[],
  errorCount = 6,
): PredictionAnalysis {
  const { labels: yTrue, classes: yPred, probabilities, numClasses } = predictions;
  const labels = Array.from({ length: numClasses }, (_, label) => label);
  return {
    confusion: confusionMatrix(yTrue, yPred, { labels }),
    normalizedConfusion: confusionMatrix(yTrue, yPred, { labels, normalize: 'true' }),
    report: classificationReport(yTrue, yPred, { labels, targetNames: classNames }),
    topErrors: topErrors({ values: probabilities, numClasses }, yTrue, errorCount),
  };
}
