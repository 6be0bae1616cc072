import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { comparisonBarsSpec } from '@digitlab/metrics';
import { renderCharts } from '../report/render-chart';
import type { FinishedRun } from '../run/train-and-write';
import { comparisonHtml } from './comparison-html';
import type { ComparisonTable, Tabulate } from './comparison-tables';

/** Names and titles a comparison. */
export interface ComparisonInfo {
  /** Ends the folder name, e.g. `'compare'` or `'mlp'`. */
  readonly name: string;
  readonly title: string;
}

/** The runs of a comparison and its table. */
export interface ComparisonResult {
  readonly finished: readonly FinishedRun[];
  readonly table: ComparisonTable;
}

/** Tabulates finished runs and writes comparison.json / .md / .txt, the test-error chart and report.html. */
export async function writeComparisonFiles(
  finished: readonly FinishedRun[],
  info: ComparisonInfo,
  folder: string,
  tabulate: Tabulate,
): Promise<ComparisonTable> {
  const table = tabulate(finished.map((run) => run.summary));
  const [chart] = await renderCharts([
    {
      name: 'comparison',
      title: 'Test error',
      spec: comparisonBarsSpec(table.rows, { title: 'Test error' }),
    },
  ]);
  await writeFile(join(folder, 'comparison.json'), `${JSON.stringify(table.rows, null, 2)}\n`);
  await writeFile(join(folder, 'comparison.md'), `${table.markdown}\n`);
  await writeFile(join(folder, 'comparison.txt'), `${table.text}\n`);
  await writeFile(join(folder, 'comparison.svg'), chart!.svg);
  await writeFile(join(folder, 'comparison.png'), chart!.png);
  await writeFile(join(folder, 'report.html'), comparisonHtml(info.title, table, chart!));
  return table;
}
