import { escapeHtml, htmlPage, htmlTable, svgImage } from '../report/html';
import type { RenderedChart } from '../report/render-chart';
import type { ComparisonTable } from './comparison-tables';

/** The comparison folder's report.html: the table, the test-error chart and links to each run's report. */
export function comparisonHtml(title: string, comparison: ComparisonTable, chart: RenderedChart): string {
  const links = comparison.rows
    .map((row) => `<li><a href="${escapeHtml(row.name)}/report.html">${escapeHtml(row.name)}</a></li>`)
    .join('\n');
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="meta">${comparison.rows.length} runs</p></header>`,
    `<section id="comparison"><h2>Comparison</h2>${htmlTable(comparison.headings, comparison.cells)}</section>`,
    `<section id="${chart.name}"><h2>${escapeHtml(chart.title)}</h2><figure>${svgImage(chart.svg, chart.title)}</figure></section>`,
    `<section id="runs"><h2>Runs</h2><ul>\n${links}\n</ul></section>`,
  ];
  return htmlPage(`digitlab: ${title}`, body.join('\n'));
}
