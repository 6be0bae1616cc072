import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import type { ConfusionNormalize } from '../metrics/normalize-matrix.js';
import { normalizeMatrix } from '../metrics/normalize-matrix.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import { bandLabelAxis, labelLimit } from './label-fit.js';
import type { ChartOptions, VegaLiteSpec } from './vega-lite-spec.js';
import { VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

/** Raw counts with their labels: what `confusionMatrix(yTrue, yPred)` returns without `normalize`. */
export interface ConfusionCounts {
  readonly labels: readonly number[];
  readonly matrix: readonly (readonly number[])[];
}

/** Options of {@link confusionHeatmapSpec}. */
export interface ConfusionHeatmapOptions extends ChartOptions {
  /** What the colour shows: counts normalized over true classes, predicted classes or all samples. @default 'true' */
  normalize?: ConfusionNormalize;
  /** Display names for the labels, in the same order. @default the labels as text */
  labelNames?: readonly string[];
  /** Side of one cell in pixels. @default 36 */
  cellSize?: number;
}

const confusionHeatmapSpecOptionKeys: OptionKeys<ConfusionHeatmapOptions> = {
  title: true,
  normalize: true,
  labelNames: true,
  cellSize: true,
};

/**
 * The confusion matrix as a heatmap: cell colour is the normalized value (so rare classes are as
 * readable as common ones), the text in each cell is the raw count, true classes down, predicted across.
 */
export function confusionHeatmapSpec(
  confusion: ConfusionCounts,
  options: ConfusionHeatmapOptions = {},
): VegaLiteSpec {
  checkOptionKeys('confusionHeatmapSpec', options, confusionHeatmapSpecOptionKeys);
  const { labels, matrix } = confusion;
  const { normalize = 'true', cellSize = 36, title = 'Confusion matrix' } = options;
  const names = options.labelNames ?? labels.map(String);
  if (labels.length === 0 || names.length !== labels.length || matrix.length !== labels.length) {
    throw new InvalidArgumentError(
      'confusion',
      { labels: labels.length, rows: matrix.length, labelNames: names.length },
      'confusion needs one matrix row per label (and labelNames, if given, one name per label)',
    );
  }
  if (
    !matrix.every(
      (row) => row.length === labels.length && row.every((count) => Number.isInteger(count) && count >= 0),
    )
  ) {
    throw new InvalidArgumentError(
      'confusion.matrix',
      matrix,
      'confusion.matrix must be a square matrix of raw counts; call confusionMatrix without normalize and pick the colour normalization here',
    );
  }
  const fractions = normalizeMatrix(matrix, normalize);
  const values = matrix.flatMap((row, i) =>
    row.map((count, j) => ({ actual: names[i], predicted: names[j], count, fraction: fractions[i]![j]! })),
  );
  const axis = { field: '', type: 'ordinal', sort: names };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width: cellSize * labels.length,
    height: cellSize * labels.length,
    data: { values },
    encoding: {
      x: {
        ...axis,
        field: 'predicted',
        title: 'predicted',
        axis: { orient: 'top', ...bandLabelAxis(names, cellSize) },
      },
      y: { ...axis, field: 'actual', title: 'true', axis: { labelLimit } },
    },
    layer: [
      {
        mark: 'rect',
        encoding: {
          color: {
            field: 'fraction',
            type: 'quantitative',
            scale: { domain: [0, 1], scheme: 'blues' },
            // Two short lines: one line is wider than the gradient legend and was cut with an ellipsis.
            title: [
              'fraction of',
              normalize === 'true' ? 'true class' : normalize === 'pred' ? 'predicted class' : 'all samples',
            ],
            legend: { titleLimit: 200 },
          },
          tooltip: [
            { field: 'actual', type: 'nominal', title: 'true' },
            { field: 'predicted', type: 'nominal' },
            { field: 'count', type: 'quantitative' },
            { field: 'fraction', type: 'quantitative', format: '.3f' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          text: { field: 'count', type: 'quantitative' },
          color: { condition: { test: 'datum.fraction > 0.5', value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}
