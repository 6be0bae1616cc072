import { EmptyInputError } from '../errors/empty-input-error.js';
import type { LabelArray } from '../input/label-array.js';
import { checkLabels, uniqueLabels } from '../input/label-array.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import { bandLabelAxis } from './label-fit.js';
import type { ChartOptions, VegaLiteSpec } from './vega-lite-spec.js';
import { VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

/** Options of {@link classDistributionSpec}. */
export interface ClassDistributionOptions extends ChartOptions {
  /**
   * Bar height: each split's share of its own samples, or raw counts. Shares make a 60 000-sample
   * train set and a 10 000-sample test set comparable side by side. @default 'fraction'
   */
  measure?: 'fraction' | 'count';
  /** Display names indexed by label. @default the labels as text */
  labelNames?: readonly string[];
  /** Chart width in pixels. @default 420 */
  width?: number;
  /** Chart height in pixels. @default 220 */
  height?: number;
}

const classDistributionSpecOptionKeys: OptionKeys<ClassDistributionOptions> = {
  title: true,
  measure: true,
  labelNames: true,
  width: true,
  height: true,
};

/**
 * Class distribution as grouped bars, one bar per split (e.g. `{ train, test }`) for each class: checks
 * that a dataset and its splits are balanced.
 */
export function classDistributionSpec(
  splits: Readonly<Record<string, LabelArray>>,
  options: ClassDistributionOptions = {},
): VegaLiteSpec {
  checkOptionKeys('classDistributionSpec', options, classDistributionSpecOptionKeys);
  const {
    measure = 'fraction',
    labelNames,
    width = 420,
    height = 220,
    title = 'Class distribution',
  } = options;
  const splitNames = Object.keys(splits);
  if (splitNames.length === 0)
    throw new EmptyInputError('splits', 'pass label arrays such as { train, test }');
  for (const split of splitNames) checkLabels(splits[split]!, `splits.${split}`);
  const labels = uniqueLabels(...Object.values(splits));
  const name = (label: number) => labelNames?.[label] ?? String(label);
  const values = splitNames.flatMap((split) => {
    const array = splits[split]!;
    const counts = new Map<number, number>();
    for (let i = 0; i < array.length; i++) counts.set(array[i]!, (counts.get(array[i]!) ?? 0) + 1);
    return labels.map((label) => {
      const count = counts.get(label) ?? 0;
      return { label: name(label), split, count, fraction: count / array.length };
    });
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width,
    height,
    data: { values },
    mark: 'bar',
    encoding: {
      x: {
        field: 'label',
        type: 'nominal',
        sort: labels.map(name),
        title: 'class',
        axis: bandLabelAxis(labels.map(name), width / labels.length),
      },
      xOffset: { field: 'split', type: 'nominal', sort: splitNames },
      y: {
        field: measure,
        type: 'quantitative',
        title: measure === 'fraction' ? 'share of split' : 'samples',
        ...(measure === 'fraction' ? { axis: { format: '.0%' } } : {}),
      },
      color: { field: 'split', type: 'nominal', sort: splitNames, title: null },
      tooltip: [
        { field: 'split', type: 'nominal' },
        { field: 'label', type: 'nominal', title: 'class' },
        { field: 'count', type: 'quantitative' },
        { field: 'fraction', type: 'quantitative', format: '.2%' },
      ],
    },
  };
}
