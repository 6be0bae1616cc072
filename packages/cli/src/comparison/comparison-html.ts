import { NOT_MEASURED, type RunComparison } from '@digitlab/metrics';
import { escapeHtml, htmlPage, htmlTable, svgImage } from '../report/html';
import type { RenderedChart } from '../report/render-chart';

const time = (seconds: number | null) => (seconds === null ? NOT_MEASURED : `${seconds.toFixed(1)}s`);

/** The comparison folder's report.html: the table, the test-error chart and links to each run's report. */
export function comparisonHtml(title: string, comparison: RunComparison, chart: RenderedChart): string {
  const rows = comparison.rows.map((row) => [
    row.name,
    row.parameters.toLocaleString('en-US'),
    row.optimizer,
    row.backend,
    time(row.cpuSeconds),
    time(row.gpuSeconds),
    `${(row.testAccuracy * 100).toFixed(2)}%`,
    `${(row.testError * 100).toFixed(2)}%`,
  ]);
  const links = comparison.rows
    .map((row) => `<li><a href="${escapeHtml(row.name)}/report.html">${escapeHtml(row.name)}</a></li>`)
    .join('\n');
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="meta">${comparison.rows.length} runs</p></header>`,
    `<section id="comparison"><h2>Comparison</h2>${htmlTable(
      ['Model', 'Parameters', 'Optimizer', 'Backend', 'CPU time', 'GPU time', 'Test accuracy', 'Test error'],
      rows,
    )}</section>`,
    `<section id="${chart.name}"><h2>${escapeHtml(chart.title)}</h2><figure>${svgImage(chart.svg, chart.title)}</figure></section>`,
    `<section id="runs"><h2>Runs</h2><ul>\n${links}\n</ul></section>`,
  ];
  return htmlPage(`digitlab: ${title}`, body.join('\n'));
}
