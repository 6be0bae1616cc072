import {
  accuracy,
  type ClassificationReport,
  type ConfusionMatrix,
  classificationReport,
  confusionMatrix,
} from '@digitlab/metrics';
import { predictClasses } from '@digitlab/trainer';
import type { DigitsExample } from './digits-example';

/** How the trained model does on the held-out digits. */
export interface DigitsAnalysis {
  readonly confusion: ConfusionMatrix;
  readonly report: ClassificationReport;
  /** Fraction of test digits classified correctly. */
  readonly accuracy: number;
}

/**
 * Predicts the test digits on the active backend and scores them with `@digitlab/metrics`: the confusion
 * matrix and scikit-learn's classification report, character for character.
 */
export async function analyseDigits(example: DigitsExample): Promise<DigitsAnalysis> {
  const { classes } = await predictClasses(example.model, example.test, { batchSize: 128 });
  const labels = Array.from({ length: example.test.numClasses }, (_, label) => label);
  const confusion = confusionMatrix(example.test.labels, classes, { labels });
  const report = classificationReport(example.test.labels, classes, { labels, zeroDivision: 0 });
  return { confusion, report, accuracy: accuracy(example.test.labels, classes) };
}
