import { alignLeft, alignRight, codePointLength } from '../format/align.js';

/** Columns after the first three text columns hold numbers and are right-aligned; so is Parameters. */
const isNumeric = (column: number) => column === 1 || column >= 4;

/** An aligned plain-text table: a heading line, a rule, then one line per row. */
export function comparisonText(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headings.map((heading, column) =>
    Math.max(codePointLength(heading), ...rows.map((row) => codePointLength(row[column]!))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (isNumeric(column) ? alignRight : alignLeft)(cell, widths[column]!))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(headings), rule, ...rows.map(line)].join('\n');
}

/** A GitHub-flavoured Markdown table; `|` in cells is escaped. */
export function comparisonMarkdown(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  const rule = `|${headings.map((_, column) => (isNumeric(column) ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(headings), rule, ...rows.map(line)].join('\n');
}
