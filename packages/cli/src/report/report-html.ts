import type { ClassificationReportDict } from '@digitlab/metrics';
import { datasetStatisticsLines } from '../training/dataset-statistics';
import type { TrainedRun } from '../training/train-recipe';
import { escapeHtml, htmlCards, htmlPage, htmlTable, svgImage } from './html';
import type { RenderedChart } from './render-chart';
import { runFacts } from './run-facts';
import { trainingLog } from './training-log';

type Scores = { precision: number; recall: number; 'f1-score': number; support: number };

/** The classification report as a table: one row per class, then accuracy and the averages. */
function reportTable(dict: ClassificationReportDict, classNames: readonly string[]): string {
  const entries = dict as unknown as Record<string, Scores | number>;
  const row = (name: string, scores: Scores) => [
    name,
    scores.precision.toFixed(2),
    scores.recall.toFixed(2),
    scores['f1-score'].toFixed(2),
    String(scores.support),
  ];
  const rows = classNames
    .filter((name) => typeof entries[name] === 'object')
    .map((name) => row(name, entries[name] as Scores));
  const accuracy = entries.accuracy;
  if (typeof accuracy === 'number') rows.push(['accuracy', '', '', accuracy.toFixed(2), '']);
  for (const name of ['micro avg', 'macro avg', 'weighted avg']) {
    if (typeof entries[name] === 'object') rows.push(row(name, entries[name] as Scores));
  }
  return htmlTable(['', 'precision', 'recall', 'f1-score', 'support'], rows);
}

const section = (id: string, title: string, content: string) =>
  `<section id="${id}">\n<h2>${escapeHtml(title)}</h2>\n${content}\n</section>`;

const chartSection = (chart: RenderedChart) =>
  section(chart.name, chart.title, `<figure>${svgImage(chart.svg, chart.title)}</figure>`);

/**
 * report.html: one self-contained page (inline CSS, charts as SVG data URLs, no scripts or fonts to fetch)
 * with the summary table, learning curves, confusion heatmap, classification report, worst errors and first
 * predictions as images, the probability histogram and data set statistics when the seed shows them, class
 * distribution, the XOR decision boundary, the model summary and training log.
 */
export function reportHtml(
  run: TrainedRun,
  charts: readonly RenderedChart[],
  versions: Record<string, string>,
): string {
  const { recipe, analysis, data, timing } = run;
  const chart = (name: string) => charts.filter((candidate) => candidate.name === name).map(chartSection);
  const log = trainingLog(run);
  const body = [
    `<header><h1>${escapeHtml(recipe.title)}</h1>`,
    `<p class="meta">${escapeHtml(`${recipe.name} · ${timing.startedAt.toISOString()} · ${run.backend} backend · seed ${recipe.seed}`)}</p></header>`,
    section('summary', 'Summary', htmlTable([], runFacts(run), 'facts')),
    htmlCards([
      ...chart('learning-curves'),
      ...chart('confusion-matrix'),
      section(
        'classification-report',
        'Classification report (test set)',
        reportTable(analysis.report.dict, data.classNames) +
          analysis.report.warnings.map((warning) => `<p>${escapeHtml(warning)}</p>`).join(''),
      ),
      ...chart('worst-errors'),
      ...chart('predictions'),
      ...chart('decision-boundary'),
      ...chart('probability-histogram'),
      ...chart('class-distribution'),
      ...(run.datasetStatistics === undefined
        ? []
        : [
            section(
              'dataset-statistics',
              'Data set statistics',
              `<pre>${escapeHtml(datasetStatisticsLines(run.datasetStatistics).join('\n'))}</pre>`,
            ),
          ]),
    ]),
    section('model', 'Model', `<pre>${escapeHtml(run.summaryLines.join('\n'))}</pre>`),
    section('training-log', 'Training log', `<pre>${escapeHtml(log.join('\n'))}</pre>`),
    `<footer>${escapeHtml(
      Object.entries(versions)
        .map(([pkg, version]) => `${pkg} ${version}`)
        .join(' · '),
    )}</footer>`,
  ];
  return htmlPage(`digitlab: ${recipe.title}`, body.join('\n'));
}
