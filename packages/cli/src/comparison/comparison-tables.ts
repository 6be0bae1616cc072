import {
  COMPARISON_HEADINGS,
  compareRuns,
  NOT_MEASURED,
  type RunSummary,
  STUDY_HEADINGS,
  studyTable,
} from '@digitlab/metrics';

/** A comparison as data, cells under its headings, Markdown and plain text. */
export interface ComparisonTable {
  readonly rows: readonly RunSummary[];
  readonly headings: readonly string[];
  readonly cells: readonly (readonly string[])[];
  readonly markdown: string;
  readonly text: string;
}

/** How a comparison is tabulated: `compare`'s columns, or seed 004's study columns. */
export type Tabulate = (runs: readonly RunSummary[]) => ComparisonTable;

const time = (seconds: number | null) => (seconds === null ? NOT_MEASURED : `${seconds.toFixed(1)}s`);

/** `compare`'s table: model, parameters, optimizer, backend, CPU and GPU time, test accuracy and error. */
export const compareTable: Tabulate = (runs) => {
  const comparison = compareRuns(runs);
  const cells = comparison.rows.map((row) => [
    row.name,
    row.parameters.toLocaleString('en-US'),
    row.optimizer,
    row.backend,
    time(row.cpuSeconds),
    time(row.gpuSeconds),
    `${(row.testAccuracy * 100).toFixed(2)}%`,
    `${(row.testError * 100).toFixed(2)}%`,
  ]);
  return { ...comparison, headings: COMPARISON_HEADINGS, cells };
};

/** Seed 004's summary table: the time under CPU or GPU by where the run trained, the other "not measured". */
export const seedStudyTable: Tabulate = (runs) => ({ ...studyTable(runs), headings: STUDY_HEADINGS });

/** The name of a comparison's table, as its run.json records it. */
export type TableName = 'compare' | 'seed-study';

/** The tables a comparison can have, by name. */
export const tabulations: Readonly<Record<TableName, Tabulate>> = {
  compare: compareTable,
  'seed-study': seedStudyTable,
};
