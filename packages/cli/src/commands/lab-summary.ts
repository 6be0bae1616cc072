import { type EngineUse, formatEngine } from '@digitlab/trainer';
import { textTable } from '../cli/text-table';
import { describeLabData } from '../recipes/describe-lab-data';
import { formatLikeSeed, formatSeedFigure } from '../recipes/seed-figure';
import type { LabRun } from './run-lab';

/** One row of `lab all`'s summary, with the engine that trained the run (`engine`, `threads`). */
export interface LabSummaryRow extends EngineUse {
  /** The lab, and for a study the run: `optimizer-study-adam`. */
  readonly lab: string;
  /** The seed's figure as it printed it, e.g. `error 1.38%`; undefined when no seed reports one. */
  readonly seedFigure: string | undefined;
  /** The seed file of that figure. */
  readonly seed: string | undefined;
  /** This run's test result in the same terms. */
  readonly figure: string;
  /** This run's test accuracy. */
  readonly accuracy: number;
  /** Trainable parameters of the model that ran. */
  readonly params: number;
  /** Whether they equal the seed's (Keras') count. */
  readonly paramsEqual: boolean;
  /** The data it trained and tested on. */
  readonly data: string;
  /** The tfjs backend, e.g. `'wasm'`. */
  readonly backend: string;
  readonly trainingSeconds: number;
}

/** A lab run as a summary row; `standIn` names the data set the run replaced (MNIST for Fashion-MNIST). */
export function labSummaryRow(run: LabRun): LabSummaryRow {
  const { lab, recipe, finished, seedFigure } = run;
  const params = finished.summary.parameters;
  const standIn = recipe.dataset !== lab.dataset ? `, standing in for ${lab.dataset}` : '';
  return {
    lab: recipe.name,
    seedFigure: seedFigure === undefined ? undefined : formatSeedFigure(seedFigure),
    seed: seedFigure?.seed,
    figure:
      seedFigure === undefined
        ? `accuracy ${finished.summary.testAccuracy.toFixed(4)}`
        : formatLikeSeed(seedFigure, finished.summary.testAccuracy),
    accuracy: finished.summary.testAccuracy,
    params,
    paramsEqual: params === (seedFigure?.params ?? lab.params),
    data: describeLabData(recipe, finished.counts) + standIn,
    backend: finished.summary.backend,
    ...finished.engine,
    trainingSeconds: finished.summary.trainingSeconds,
  };
}

const headings = ['lab', 'seed figure', 'this run', 'params equal', 'data used', 'engine', 'time'];

const cells = (row: LabSummaryRow) => [
  row.lab,
  row.seedFigure === undefined ? '-' : `${row.seedFigure} (${row.seed!.slice(0, 3)})`,
  row.figure,
  `${row.paramsEqual ? 'yes' : 'no'} (${row.params.toLocaleString('en-US')})`,
  row.data,
  `${row.backend}, ${formatEngine(row)}`,
  `${row.trainingSeconds.toFixed(1)} s`,
];

/** The summary as aligned text lines and as a Markdown table. */
export function labSummaryTables(rows: readonly LabSummaryRow[]): { text: string; markdown: string } {
  return {
    text: textTable(headings, rows.map(cells), [6]).join('\n'),
    markdown: [headings, headings.map(() => '---'), ...rows.map(cells)]
      .map((line) => `| ${line.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`)
      .join('\n'),
  };
}
