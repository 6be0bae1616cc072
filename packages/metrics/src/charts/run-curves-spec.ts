import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import { epochEncoding, epochRows } from './epoch-axis.js';
import type { TrainingHistory } from './training-history.js';
import type { ChartOptions, VegaLiteSpec } from './vega-lite-spec.js';
import { VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

/** One run's curves for {@link runCurvesSpec}. */
export interface NamedHistory {
  /** The run's name in the legend, e.g. `'lenet5 (adam)'`; unique within the runs. */
  readonly name: string;
  /** Its per-epoch metrics, keyed like Keras' `History.history`. */
  readonly history: TrainingHistory;
}

/** Options of {@link runCurvesSpec}. */
export interface RunCurvesOptions extends ChartOptions {
  /** Metrics to plot, one panel each, among those every run has. @default 'loss' and, where all runs have it, 'accuracy' */
  metrics?: readonly string[];
  /** Width of one panel in pixels. @default 320 */
  width?: number;
  /** Height of one panel in pixels. @default 220 */
  height?: number;
}

const runCurvesSpecOptionKeys: OptionKeys<RunCurvesOptions> = {
  title: true,
  metrics: true,
  width: true,
  height: true,
};

/**
 * Several runs' learning curves on shared axes, one panel per metric, one colour per run, training
 * solid and validation dashed: how architectures or optimizers compare epoch by epoch.
 */
export function runCurvesSpec(runs: readonly NamedHistory[], options: RunCurvesOptions = {}): VegaLiteSpec {
  checkOptionKeys('runCurvesSpec', options, runCurvesSpecOptionKeys);
  if (runs.length === 0) throw new EmptyInputError('runs', 'pass at least one named history');
  const names = runs.map((run) => run.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) {
    throw new InvalidArgumentError('runs', names, `run names must be unique; '${repeated}' appears twice`);
  }
  const shared = ['loss', 'accuracy'].filter((metric) => runs.every((run) => run.history[metric]?.length));
  const { metrics = shared, width = 320, height = 220, title = 'Learning curves' } = options;
  const values: { run: string; metric: string; split: string; epoch: number; value: number }[] = [];
  for (const metric of metrics) {
    for (const run of runs) {
      const train = run.history[metric];
      if (train === undefined || train.length === 0) {
        throw new InvalidArgumentError(
          'options.metrics',
          metrics,
          `run '${run.name}' has no values for '${metric}'; its history has: ${Object.keys(run.history).join(', ')}`,
        );
      }
      for (const row of epochRows(run.history, metric)) values.push({ run: run.name, metric, ...row });
    }
  }
  if (values.length === 0) throw new EmptyInputError('runs', 'the runs share no metric to plot');
  const epochs = Math.max(...values.map((row) => row.epoch));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    data: { values },
    facet: { column: { field: 'metric', type: 'nominal', sort: metrics, title: null } },
    spec: {
      width,
      height,
      mark: { type: 'line', point: { size: 20 } },
      encoding: {
        x: epochEncoding(epochs),
        y: { field: 'value', type: 'quantitative', scale: { zero: false }, title: null },
        color: { field: 'run', type: 'nominal', sort: names, title: 'run', legend: { labelLimit: 240 } },
        strokeDash: {
          field: 'split',
          type: 'nominal',
          scale: {
            domain: ['train', 'validation'],
            range: [
              [1, 0],
              [5, 3],
            ],
          },
          title: null,
          legend: {
            symbolType: 'stroke',
            symbolStrokeWidth: 2,
            // The line mark leaves legend symbols without a stroke colour: name one, or the dashes are invisible.
            encode: { symbols: { update: { stroke: { value: '#444' } } } },
          },
        },
        tooltip: [
          { field: 'run', type: 'nominal' },
          { field: 'split', type: 'nominal' },
          { field: 'epoch', type: 'quantitative' },
          { field: 'value', type: 'quantitative', format: '.4f' },
        ],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
