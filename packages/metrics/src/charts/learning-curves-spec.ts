import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import { epochEncoding, epochRows } from './epoch-axis.js';
import type { TrainingHistory } from './training-history.js';
import type { ChartOptions, VegaLiteSpec } from './vega-lite-spec.js';
import { VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

/** Options of {@link learningCurvesSpec}. */
export interface LearningCurvesOptions extends ChartOptions {
  /** Metrics to plot, one panel each. @default every key of `history` without the `val_` prefix */
  metrics?: readonly string[];
  /** Width of one panel in pixels. @default 280 */
  width?: number;
  /** Height of one panel in pixels. @default 200 */
  height?: number;
}

const learningCurvesSpecOptionKeys: OptionKeys<LearningCurvesOptions> = {
  title: true,
  metrics: true,
  width: true,
  height: true,
};

/**
 * Loss and accuracy curves, train vs validation, one panel per metric side by side (each with its own
 * y scale): the training plot of the Keras labs, from the trainer's history.
 */
export function learningCurvesSpec(
  history: TrainingHistory,
  options: LearningCurvesOptions = {},
): VegaLiteSpec {
  checkOptionKeys('learningCurvesSpec', options, learningCurvesSpecOptionKeys);
  const {
    metrics = Object.keys(history).filter((key) => !key.startsWith('val_')),
    width = 280,
    height = 200,
    title = 'Learning curves',
  } = options;
  if (metrics.length === 0)
    throw new EmptyInputError('history', 'pass at least one metric series such as loss');
  const values: { epoch: number; metric: string; split: 'train' | 'validation'; value: number }[] = [];
  for (const metric of metrics) {
    const train = history[metric];
    if (train === undefined || train.length === 0) {
      throw new InvalidArgumentError(
        'options.metrics',
        metrics,
        `history has no values for '${metric}'; pick metrics from: ${Object.keys(history).join(', ')}`,
      );
    }
    for (const row of epochRows(history, metric)) values.push({ metric, ...row });
  }
  const epochs = Math.max(...values.map((row) => row.epoch));
  // Without validation series the legend would name a line that is not drawn.
  const splits = values.some((row) => row.split === 'validation') ? ['train', 'validation'] : ['train'];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    data: { values },
    facet: { column: { field: 'metric', type: 'nominal', sort: metrics, title: null } },
    spec: {
      width,
      height,
      mark: { type: 'line', point: true },
      encoding: {
        x: epochEncoding(epochs),
        y: { field: 'value', type: 'quantitative', scale: { zero: false }, title: null },
        color: {
          field: 'split',
          type: 'nominal',
          scale: { domain: splits },
          title: null,
        },
        tooltip: [
          { field: 'metric', type: 'nominal' },
          { field: 'split', type: 'nominal' },
          { field: 'epoch', type: 'quantitative' },
          { field: 'value', type: 'quantitative', format: '.4f' },
        ],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
