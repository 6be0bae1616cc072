import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { formatFixed } from '../format/format-fixed.js';
import { groupThousands } from '../format/group-thousands.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import { comparisonMarkdown, comparisonText } from './comparison-table.js';
import { type ComputeDevice, NOT_MEASURED, type TimeColumns, timeColumns } from './time-columns.js';

/** One trained model's summary, as the trainer reports it. */
export interface RunSummary {
  /** Model or architecture name, e.g. `'lenet5'`. */
  readonly name: string;
  /** Trainable parameter count. */
  readonly parameters: number;
  /** Optimizer, e.g. `'adam'`. */
  readonly optimizer: string;
  /** tfjs backend it trained on, e.g. `'wasm'`. */
  readonly backend: string;
  /**
   * Where the backend computed: `'gpu'` only for tfjs-node-gpu on CUDA and WebGL/WebGPU on a hardware
   * GPU (the trainer's `setupBackend` reports it as `device.device`); everything else is `'cpu'`.
   */
  readonly device: ComputeDevice;
  /** Wall-clock training time in seconds. */
  readonly trainingSeconds: number;
  /** Accuracy on the test set, a fraction in [0, 1]. */
  readonly testAccuracy: number;
}

/** A {@link RunSummary} with its time filed under CPU or GPU, and the test error added. */
export interface ComparisonRow extends RunSummary, TimeColumns {
  /** `1 - testAccuracy`, as scikit-learn's `zero_one_loss`. */
  readonly testError: number;
}

/** Options of {@link compareRuns}. */
export interface CompareRunsOptions {
  /** Decimals of the accuracy and error percentages. @default 2 */
  digits?: number;
  /** Called with the plain-text table, e.g. `console.log`. @default no call */
  print?: (text: string) => void;
}

/** The architecture comparison as data and as two tables. */
export interface RunComparison {
  /** The runs in input order, with `testError`. */
  readonly rows: readonly ComparisonRow[];
  /** A GitHub-flavoured Markdown table (numbers right-aligned). */
  readonly markdown: string;
  /** The same table in aligned plain text. */
  readonly text: string;
}

/** Column headings of the comparison table, in order. */
export const COMPARISON_HEADINGS = [
  'Model',
  'Parameters',
  'Optimizer',
  'Backend',
  'CPU time',
  'GPU time',
  'Test accuracy',
  'Test error',
] as const;

const compareRunsOptionKeys: OptionKeys<CompareRunsOptions> = { digits: true, print: true };

/**
 * The architecture comparison table of the labs, as the seeds summarise it: name, parameters, optimizer,
 * backend, CPU time, GPU time, test accuracy and error for each run, as data, Markdown and plain text.
 * A run's training time goes under the device it computed on; the other column says "not measured".
 */
export function compareRuns(runs: readonly RunSummary[], options: CompareRunsOptions = {}): RunComparison {
  checkOptionKeys('compareRuns', options, compareRunsOptionKeys);
  const { digits = 2, print } = options;
  if (runs.length === 0) throw new EmptyInputError('runs', 'pass at least one run summary');
  if (!Number.isInteger(digits) || digits < 0) {
    throw new InvalidArgumentError('options.digits', digits, 'options.digits must be a non-negative integer');
  }
  runs.forEach(checkRun);
  const rows = runs.map((run) => ({ ...run, ...timeColumns(run), testError: 1 - run.testAccuracy }));
  const time = (seconds: number | null) => (seconds === null ? NOT_MEASURED : `${formatFixed(seconds, 1)} s`);
  const cells = rows.map((row) => [
    row.name,
    groupThousands(row.parameters),
    row.optimizer,
    row.backend,
    time(row.cpuSeconds),
    time(row.gpuSeconds),
    `${formatFixed(row.testAccuracy * 100, digits)}%`,
    `${formatFixed(row.testError * 100, digits)}%`,
  ]);
  const text = comparisonText(COMPARISON_HEADINGS, cells);
  print?.(text);
  return { rows, markdown: comparisonMarkdown(COMPARISON_HEADINGS, cells), text };
}

function checkRun(run: RunSummary, index: number): void {
  const fail = (field: string, value: unknown, requirement: string) => {
    throw new InvalidArgumentError(
      `runs[${index}].${field}`,
      value,
      `runs[${index}].${field} must be ${requirement}`,
    );
  };
  if (!Number.isInteger(run.parameters) || run.parameters < 0)
    fail('parameters', run.parameters, 'a count ≥ 0');
  if (!(run.trainingSeconds >= 0) || !Number.isFinite(run.trainingSeconds)) {
    fail('trainingSeconds', run.trainingSeconds, 'a finite number of seconds ≥ 0');
  }
  if (run.device !== 'cpu' && run.device !== 'gpu') fail('device', run.device, "'cpu' or 'gpu'");
  if (!(run.testAccuracy >= 0 && run.testAccuracy <= 1)) {
    fail('testAccuracy', run.testAccuracy, 'a fraction in [0, 1] (not a percentage)');
  }
}
