import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import type { LabelArray } from '../input/label-array.js';
import { checkLabelPair, uniqueLabels } from '../input/label-array.js';
import { resolveLabels } from '../input/resolve-labels.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import type { ReportLine } from './classification-report-text.js';
import { reportText } from './classification-report-text.js';
import { countLabels } from './label-counts.js';
import type { Average, ZeroDivision } from './precision-recall-fscore.js';
import { scoreAverage, scorePerLabel } from './precision-recall-fscore.js';

/** Options of {@link classificationReport}; the names follow scikit-learn's parameters. */
export interface ClassificationReportOptions {
  /** Labels to report on, in this order. A subset turns the `accuracy` line into `micro avg`. @default the sorted union of yTrue and yPred */
  labels?: LabelArray;
  /** Display names, one per label (e.g. `['zero', 'one', …]`). @default each label as text */
  targetNames?: readonly string[];
  /** Decimals of the scores in `text` (not in `dict`, which is unrounded). @default 2 */
  digits?: number;
  /** Score used where a denominator is 0; `'warn'` uses 0 and reports scikit-learn's warning. @default 'warn' */
  zeroDivision?: ZeroDivision;
  /** Called once per distinct warning, with scikit-learn's text. Warnings are also in the result. @default no call */
  onWarning?: (message: string) => void;
  /** Called with the report text, e.g. `console.log`. @default no call */
  print?: (text: string) => void;
}

/** Precision, recall, F1 and support of one class or one average, under scikit-learn's key names. */
export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly 'f1-score': number;
  readonly support: number;
}

/**
 * scikit-learn's `output_dict=True` result: one {@link ClassScores} per class name, then `accuracy` (a
 * number) or `micro avg`, `macro avg` and `weighted avg`. Integer-like names (`'0'`…`'9'`) iterate first in
 * ascending order, as JavaScript orders such keys; `text` keeps scikit-learn's row order.
 */
export interface ClassificationReportDict {
  readonly [name: string]: ClassScores | number;
}

/** The report as scikit-learn writes it, as data, and the warnings scikit-learn would have issued. */
export interface ClassificationReport {
  /** Character for character `classification_report(...)`. */
  readonly text: string;
  /** Equal to `classification_report(..., output_dict=True)`. */
  readonly dict: ClassificationReportDict;
  /** scikit-learn's warning texts, each once, in the order scikit-learn first issues them. */
  readonly warnings: readonly string[];
}

const classificationReportOptionKeys: OptionKeys<ClassificationReportOptions> = {
  labels: true,
  targetNames: true,
  digits: true,
  zeroDivision: true,
  onWarning: true,
  print: true,
};

/**
 * Precision, recall, F1-score and support per class with accuracy and averages: scikit-learn 1.2's
 * `classification_report`, the same text and the same numbers, for integer labels.
 *
 * @example
 * const { text } = classificationReport([0, 1, 2, 2], [0, 2, 2, 2], { print: console.log });
 */
export function classificationReport(
  yTrue: LabelArray,
  yPred: LabelArray,
  options: ClassificationReportOptions = {},
): ClassificationReport {
  checkOptionKeys('classificationReport', options, classificationReportOptionKeys);
  const { targetNames, digits = 2, zeroDivision = 'warn', onWarning, print } = options;
  checkLabelPair(yTrue, yPred);
  checkOptions(digits, zeroDivision);
  const labels = resolveLabels(yTrue, yPred, options.labels);
  const present = uniqueLabels(yTrue, yPred);
  const microIsAccuracy =
    options.labels === undefined ||
    (labels.length === present.length && present.every((label) => labels.includes(label)));
  const warnings: string[] = [];
  if (targetNames !== undefined && targetNames.length !== labels.length) {
    if (options.labels === undefined) {
      throw new InvalidArgumentError(
        'options.targetNames',
        targetNames,
        `Number of classes, ${labels.length}, does not match size of target_names, ${targetNames.length}. Try specifying the labels parameter`,
      );
    }
    warnings.push(
      `labels size, ${labels.length}, does not match size of target_names, ${targetNames.length}`,
    );
  }
  const names = targetNames ?? labels.map(String);
  const counts = countLabels(yTrue, yPred, labels);
  const perLabel = scorePerLabel(counts, zeroDivision, warnings);
  const rowCount = Math.min(names.length, labels.length);
  const classLines: ReportLine[] = names.slice(0, rowCount).map((heading, i) => ({
    heading,
    precision: perLabel.precision[i]!,
    recall: perLabel.recall[i]!,
    f1: perLabel.f1[i]!,
    support: counts.actual[i]!,
  }));
  const support = counts.actual.reduce((sum, value) => sum + value, 0);
  const averageLines = (['micro', 'macro', 'weighted'] as const).map((average: Average): ReportLine => {
    const heading = average === 'micro' && microIsAccuracy ? 'accuracy' : `${average} avg`;
    return { heading, ...scoreAverage(counts, average, zeroDivision, warnings), support };
  });
  const dict: Record<string, ClassScores | number> = {};
  for (const line of [...classLines, ...averageLines]) {
    dict[line.heading] = {
      precision: line.precision,
      recall: line.recall,
      'f1-score': line.f1,
      support: line.support,
    };
  }
  // As scikit-learn: whatever ends up under 'accuracy' is replaced by its precision.
  if ('accuracy' in dict) dict.accuracy = (dict.accuracy as ClassScores).precision;
  const anyCorrect = Array.prototype.some.call(yTrue, (label: number, i: number) => label === yPred[i]);
  const text = reportText(names, classLines, averageLines, digits, !anyCorrect);
  const distinctWarnings = [...new Set(warnings)];
  if (onWarning) for (const warning of distinctWarnings) onWarning(warning);
  print?.(text);
  return { text, dict, warnings: distinctWarnings };
}

function checkOptions(digits: number, zeroDivision: unknown): void {
  if (!Number.isInteger(digits) || digits < 0) {
    throw new InvalidArgumentError('options.digits', digits, 'options.digits must be a non-negative integer');
  }
  if (zeroDivision !== 'warn' && zeroDivision !== 0 && zeroDivision !== 1) {
    throw new InvalidArgumentError(
      'options.zeroDivision',
      zeroDivision,
      `options.zeroDivision must be one of 'warn', 0, 1 (scikit-learn's zero_division)`,
    );
  }
}
