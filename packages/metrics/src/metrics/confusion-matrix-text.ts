import { alignRight, codePointLength } from '../format/align.js';
import { formatFixed } from '../format/format-fixed.js';

const CORNER = 'true\\pred';

/**
 * A right-aligned table, true labels down and predicted labels across:
 *
 * ```text
 * true\pred  0  1
 *         0  5  1
 *         1  0  4
 * ```
 * Counts are written as integers; normalized values with `digits` decimals (Python's rounding).
 */
export function matrixText(
  labels: readonly number[],
  matrix: readonly (readonly number[])[],
  digits: number | undefined,
): string {
  const cells = matrix.map((row) =>
    row.map((value) => (digits === undefined ? String(value) : formatFixed(value, digits))),
  );
  const header = labels.map(String);
  const firstWidth = Math.max(codePointLength(CORNER), ...header.map(codePointLength));
  const widths = header.map((label, column) =>
    Math.max(codePointLength(label), ...cells.map((row) => codePointLength(row[column]!))),
  );
  const line = (first: string, values: readonly string[]) =>
    [
      alignRight(first, firstWidth),
      ...values.map((value, column) => alignRight(value, widths[column]!)),
    ].join('  ');
  return [line(CORNER, header), ...cells.map((row, i) => line(header[i]!, row))].join('\n');
}
