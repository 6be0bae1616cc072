import { escapeHtml, htmlCards, htmlPage, htmlTable, svgImage } from '../report/html';
import type { RenderedChart } from '../report/render-chart';
import type { RunListing } from './run-listing';
import { labAndModel, runsTableHeader, runsTableRows } from './runs-table';

/**
 * index.html of a runs folder: the selected runs' scores in one table (each run linked to its own
 * report.html), their learning curves on shared axes and their test errors side by side. Self-contained
 * like report.html: inline CSS, charts as SVG data URLs, no scripts.
 */
export function runsIndexHtml(
  title: string,
  runs: readonly RunListing[],
  charts: readonly RenderedChart[],
  generatedAt: Date,
): string {
  const scores = htmlTable(
    [...runsTableHeader, 'parameters', 'optimizer', 'epochs', 'test loss'],
    runsTableRows(runs).map((row, i) => {
      const run = runs[i]!;
      return [
        ...row,
        run.parameters.toLocaleString('en-US'),
        run.optimizer,
        String(run.epochs),
        run.loss.toFixed(4),
      ];
    }),
    'scores',
  );
  const links = runs
    .map(
      (run) =>
        `<li><a href="${escapeHtml(run.run.split('\\').join('/'))}/report.html">${escapeHtml(run.run)}</a>: ` +
        `${escapeHtml(labAndModel(run))} on ${escapeHtml(run.dataset)}</li>`,
    )
    .join('\n');
  const section = (id: string, heading: string, content: string) =>
    `<section id="${id}">\n<h2>${escapeHtml(heading)}</h2>\n${content}\n</section>`;
  const body = [
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${runs.length} run${runs.length === 1 ? '' : 's'} · written ${escapeHtml(generatedAt.toISOString())}</p></header>`,
    section('scores', 'Scores', scores),
    htmlCards(
      charts.map((chart) =>
        section(chart.name, chart.title, `<figure>${svgImage(chart.svg, chart.title)}</figure>`),
      ),
    ),
    section('runs', 'Reports', `<ul>\n${links}\n</ul>`),
  ];
  return htmlPage(`digitlab: ${title}`, body.join('\n'));
}
