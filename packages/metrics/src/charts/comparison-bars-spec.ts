import type { RunSummary } from '../analyses/compare-runs.js';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import type { ChartOptions, VegaLiteSpec } from './vega-lite-spec.js';
import { VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

/** What the bars of {@link comparisonBarsSpec} measure. */
export type ComparisonMeasure = 'testError' | 'testAccuracy' | 'trainingSeconds' | 'parameters';

/** Options of {@link comparisonBarsSpec}. */
export interface ComparisonBarsOptions extends ChartOptions {
  /** The quantity compared. @default 'testError' */
  measure?: ComparisonMeasure;
  /** Chart width in pixels. @default 360 */
  width?: number;
}

const MEASURES: Record<ComparisonMeasure, { title: string; format: string }> = {
  testError: { title: 'test error', format: '.2%' },
  testAccuracy: { title: 'test accuracy', format: '.2%' },
  trainingSeconds: { title: 'training time (s)', format: '.1f' },
  parameters: { title: 'parameters', format: ',d' },
};

const comparisonBarsSpecOptionKeys: OptionKeys<ComparisonBarsOptions> = {
  title: true,
  measure: true,
  width: true,
};

/**
 * The architecture comparison as horizontal bars, one per run in input order, each labelled with its
 * value: test error by default (the lab's headline number), or accuracy, training time or size.
 */
export function comparisonBarsSpec(
  runs: readonly Omit<RunSummary, 'device'>[],
  options: ComparisonBarsOptions = {},
): VegaLiteSpec {
  checkOptionKeys('comparisonBarsSpec', options, comparisonBarsSpecOptionKeys);
  const { measure = 'testError', width = 360 } = options;
  const { title: measureTitle, format } = MEASURES[measure];
  const { title = `Comparison: ${measureTitle}` } = options;
  if (runs.length === 0) throw new EmptyInputError('runs', 'pass at least one run summary');
  const names = distinctNames(runs);
  const values = runs.map((run, i) => ({
    name: names[i],
    optimizer: run.optimizer,
    backend: run.backend,
    value: measure === 'testError' ? 1 - run.testAccuracy : run[measure],
  }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width,
    height: { step: 24 },
    data: { values },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: measureTitle, axis: { format } },
      tooltip: [
        { field: 'name', type: 'nominal' },
        { field: 'optimizer', type: 'nominal' },
        { field: 'backend', type: 'nominal' },
        { field: 'value', type: 'quantitative', title: measureTitle, format },
      ],
    },
    layer: [
      { mark: { type: 'bar', color: '#4c78a8' } },
      {
        mark: { type: 'text', align: 'left', dx: 3 },
        encoding: { text: { field: 'value', type: 'quantitative', format } },
      },
    ],
  };
}

/** Run names, with optimizer and backend (then position) appended where names repeat, so no bars overlap. */
function distinctNames(runs: readonly Omit<RunSummary, 'device'>[]): string[] {
  const repeated = (names: string[]) => names.map((name) => names.indexOf(name) !== names.lastIndexOf(name));
  let names = runs.map((run) => run.name);
  const first = repeated(names);
  names = names.map((name, i) => (first[i] ? `${name} (${runs[i]!.optimizer}, ${runs[i]!.backend})` : name));
  const second = repeated(names);
  return names.map((name, i) => (second[i] ? `${name} #${i + 1}` : name));
}
