import { alignRight, codePointLength } from '../format/align.js';
import { formatFixed } from '../format/format-fixed.js';

/** One line of the report: a class or an average. */
export interface ReportLine {
  readonly heading: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

const HEADERS = ['precision', 'recall', 'f1-score', 'support'];
const LONGEST_AVERAGE_HEADING = 'weighted avg';

/**
 * Writes the report text character for character as scikit-learn 1.2's `classification_report`:
 * the name column is as wide as the longest of all `names` (even ones without a row), 'weighted avg'
 * and `digits`; every other column is 9 wide; the accuracy line leaves precision and recall blank.
 * With `supportAsFloat`, supports are written as Python floats ('8.0'): scikit-learn counts them in
 * float64 when no sample at all is predicted correctly (its "pathological case" in
 * `multilabel_confusion_matrix`), and the text shows it.
 */
export function reportText(
  names: readonly string[],
  classLines: readonly ReportLine[],
  averageLines: readonly ReportLine[],
  digits: number,
  supportAsFloat: boolean,
): string {
  const width = Math.max(...names.map(codePointLength), LONGEST_AVERAGE_HEADING.length, digits);
  const cell = (value: number) => ` ${alignRight(formatFixed(value, digits), 9)}`;
  const supportCell = (support: number) => alignRight(supportAsFloat ? `${support}.0` : String(support), 9);
  const line = ({ heading, precision, recall, f1, support }: ReportLine) =>
    `${alignRight(heading, width)} ${cell(precision)}${cell(recall)}${cell(f1)} ${supportCell(support)}\n`;
  let text = `${alignRight('', width)} ${HEADERS.map((header) => ` ${alignRight(header, 9)}`).join('')}\n\n`;
  for (const classLine of classLines) text += line(classLine);
  text += '\n';
  for (const averageLine of averageLines) {
    if (averageLine.heading === 'accuracy') {
      const blank = ` ${' '.repeat(9)}`;
      text += `${alignRight('accuracy', width)} ${blank}${blank}${cell(averageLine.f1)} ${supportCell(averageLine.support)}\n`;
    } else {
      text += line(averageLine);
    }
  }
  return text;
}
