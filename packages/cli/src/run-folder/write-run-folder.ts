import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderCharts } from '../report/render-chart';
import { reportHtml } from '../report/report-html';
import { reportText } from '../report/report-text';
import { runCharts } from '../report/run-charts';
import { saveModelFolder } from '../training/model-files';
import type { TrainedRun } from '../training/train-recipe';
import { historyCsv, historyDocument } from './history-files';
import { metricsDocument } from './metrics-document';
import { writeFolderAtomically } from './staged-folder';

/** The files of a run folder, relative to it. */
export const runFolderFiles = {
  model: ['model/model.json', 'model/weights.bin'],
  data: ['history.json', 'history.csv', 'metrics.json', 'report.txt', 'report.html'],
} as const;

/** What was written. */
export interface WrittenRunFolder {
  /** The run folder. */
  readonly folder: string;
  /** Chart names; each is in `charts/<name>.svg` and `charts/<name>.png`. */
  readonly charts: readonly string[];
  /** The metrics.json document. */
  readonly metrics: Record<string, unknown>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes a run folder: the model in the TF.js Layers format (`model/`), history.json and .csv, metrics.json,
 * report.txt, the charts as SVG and PNG (`charts/`) and report.html. Everything goes to a temporary folder
 * that is renamed to `folder` at the end, so a failure leaves nothing half-written.
 */
export async function writeRunFolder(
  run: TrainedRun,
  folder: string,
  versions: Record<string, string>,
): Promise<WrittenRunFolder> {
  const metrics = metricsDocument(run, versions);
  const charts = await renderCharts(runCharts(run));
  await writeFolderAtomically(folder, async (staging) => {
    await saveModelFolder(run.model, join(staging, 'model'), { inputMaxValue: run.data.train.maxValue });
    await writeFile(join(staging, 'history.json'), json(historyDocument(run.history)));
    await writeFile(join(staging, 'history.csv'), historyCsv(run.history));
    await writeFile(join(staging, 'metrics.json'), json(metrics));
    await writeFile(join(staging, 'report.txt'), reportText(run, versions));
    await mkdir(join(staging, 'charts'));
    for (const chart of charts) {
      await writeFile(join(staging, 'charts', `${chart.name}.svg`), chart.svg);
      await writeFile(join(staging, 'charts', `${chart.name}.png`), chart.png);
    }
    await writeFile(join(staging, 'report.html'), reportHtml(run, charts, versions));
  });
  return { folder, charts: charts.map((chart) => chart.name), metrics };
}
