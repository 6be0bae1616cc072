import { EmptyInputError } from '../errors/empty-input-error.js';
import { formatFixed } from '../format/format-fixed.js';
import { groupThousands } from '../format/group-thousands.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import type { RunSummary } from './compare-runs.js';
import { comparisonMarkdown, comparisonText } from './comparison-table.js';
import { NOT_MEASURED, type TimeColumns, timeColumns } from './time-columns.js';

/** A study row: the run, its time filed under CPU or GPU, and its test error. */
export interface StudyRow extends RunSummary, TimeColumns {
  readonly testError: number;
}

/** A study as data, as cells under {@link STUDY_HEADINGS}, and as two tables. */
export interface StudyTable {
  readonly rows: readonly StudyRow[];
  /** One formatted row of cells per run. */
  readonly cells: readonly (readonly string[])[];
  /** A GitHub-flavoured Markdown table. */
  readonly markdown: string;
  /** The same table in aligned plain text. */
  readonly text: string;
}

/** Options of {@link studyTable}. */
export interface StudyTableOptions {
  /** Decimals of the accuracy and error percentages. @default 2 */
  digits?: number;
  /** Called with the plain-text table, e.g. `console.log`. @default no call */
  print?: (text: string) => void;
}

/** Seed 004's summary columns: architecture name, trained parameters, optimizer, CPU and GPU time, accuracy/error. */
export const STUDY_HEADINGS = [
  'Name',
  'Trained parameters',
  'Optimizer',
  'CPU time',
  'GPU time',
  'Test accuracy',
  'Test error',
] as const;

const seconds = (value: number | null) => (value === null ? NOT_MEASURED : `${formatFixed(value, 1)} s`);

const studyTableOptionKeys: OptionKeys<StudyTableOptions> = { digits: true, print: true };

/**
 * Seed 004's summary table of a study (e.g. one model with several optimizers): each run's training time
 * goes under the CPU or the GPU heading by {@link timeColumns}, the other saying "not measured".
 */
export function studyTable(runs: readonly RunSummary[], options: StudyTableOptions = {}): StudyTable {
  checkOptionKeys('studyTable', options, studyTableOptionKeys);
  const { digits = 2, print } = options;
  if (runs.length === 0) throw new EmptyInputError('runs', 'pass at least one run');
  const rows = runs.map((run) => ({ ...run, ...timeColumns(run), testError: 1 - run.testAccuracy }));
  const cells = rows.map((row) => [
    row.name,
    groupThousands(row.parameters),
    row.optimizer,
    seconds(row.cpuSeconds),
    seconds(row.gpuSeconds),
    `${formatFixed(row.testAccuracy * 100, digits)}%`,
    `${formatFixed(row.testError * 100, digits)}%`,
  ]);
  const text = comparisonText(STUDY_HEADINGS, cells);
  print?.(text);
  return { rows, cells, markdown: comparisonMarkdown(STUDY_HEADINGS, cells), text };
}
