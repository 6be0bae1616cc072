import type { ClassProbabilityHistogram } from '../analyses/class-probability-histogram.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import type { ChartOptions, VegaLiteSpec } from './vega-lite-spec.js';
import { VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

const LOG_BASELINE = 0.5;

/** Options of {@link probabilityHistogramSpec}. */
export interface ProbabilityHistogramOptions extends ChartOptions {
  /** Name of the class in the legend. @default the class index as text */
  className?: string;
  /** Chart width in pixels. @default 360 */
  width?: number;
  /** Chart height in pixels. @default 220 */
  height?: number;
}

const probabilityHistogramSpecOptionKeys: OptionKeys<ProbabilityHistogramOptions> = {
  title: true,
  className: true,
  width: true,
  height: true,
};

/**
 * The MNIST lab's probability histogram: how p(class) is distributed over the class's own samples and
 * over all others, overlaid, counts on a log scale so the few confident mistakes stay visible. Empty
 * bins are left out (log 0 is undefined).
 */
export function probabilityHistogramSpec(
  histogram: ClassProbabilityHistogram,
  options: ProbabilityHistogramOptions = {},
): VegaLiteSpec {
  checkOptionKeys('probabilityHistogramSpec', options, probabilityHistogramSpecOptionKeys);
  const { className = String(histogram.classIndex), width = 360, height = 220 } = options;
  const { title = `p(${className}) by true class` } = options;
  const bins = histogram.inClass.length;
  const own = `class ${className}`;
  const others = 'other classes';
  const values = [
    ...histogram.inClass.map((count, i) => ({ group: own, count, i })),
    ...histogram.rest.map((count, i) => ({ group: others, count, i })),
  ]
    .filter(({ count }) => count > 0)
    .map(({ group, count, i }) => ({
      group,
      count,
      start: histogram.edges[i]!,
      end: histogram.edges[i + 1]!,
    }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width,
    height,
    data: { values },
    mark: { type: 'bar', opacity: 0.6, binSpacing: 0 },
    encoding: {
      x: {
        field: 'start',
        type: 'quantitative',
        bin: { binned: true, step: 1 / bins },
        scale: { domain: [0, 1] },
        axis: bins <= 10 ? { values: [...histogram.edges], format: '.2~f' } : { format: '.2~f' },
        title: `p(${className})`,
      },
      x2: { field: 'end' },
      y: {
        field: 'count',
        type: 'quantitative',
        scale: { type: 'log', domainMin: LOG_BASELINE },
        stack: null,
        title: 'samples (log scale)',
      },
      // Bars grow from below 1, so a bin holding a single sample is still visible.
      y2: { datum: LOG_BASELINE },
      color: { field: 'group', type: 'nominal', scale: { domain: [own, others] }, title: null },
      tooltip: [
        { field: 'group', type: 'nominal' },
        { field: 'start', type: 'quantitative', title: 'from', format: '.2f' },
        { field: 'end', type: 'quantitative', title: 'to', format: '.2f' },
        { field: 'count', type: 'quantitative' },
      ],
    },
  };
}
