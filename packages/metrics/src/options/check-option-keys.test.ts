import { describe, expect, it } from 'vitest';
import { compareRuns } from '../analyses/compare-runs.js';
import { studyTable } from '../analyses/study-table.js';
import { classDistributionSpec } from '../charts/class-distribution-spec.js';
import { comparisonBarsSpec } from '../charts/comparison-bars-spec.js';
import { confusionHeatmapSpec } from '../charts/confusion-heatmap-spec.js';
import { decisionBoundarySpec } from '../charts/decision-boundary-spec.js';
import { imageGridSpec } from '../charts/image-grid-spec.js';
import { learningCurvesSpec } from '../charts/learning-curves-spec.js';
import { probabilityHistogramSpec } from '../charts/probability-histogram-spec.js';
import { runCurvesSpec } from '../charts/run-curves-spec.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { classificationReport } from '../metrics/classification-report.js';
import { confusionMatrix } from '../metrics/confusion-matrix.js';

const loose = (options: object) => options as never;

describe('unknown option keys', () => {
  it('are errors naming the key and the closest option', () => {
    expect(() => confusionMatrix([0, 1], [0, 1], loose({ normalise: 'true' }))).toThrow(InvalidArgumentError);
    expect(() => confusionMatrix([0, 1], [0, 1], loose({ normalise: 'true' }))).toThrow(
      'confusionMatrix: `normalise` is not an option (did you mean `normalize`?); the options are labels, ' +
        'normalize, digits, print. Received: options.normalise="true"',
    );
    // scikit-learn's spelling of the option is pointed to ours.
    expect(() => classificationReport([0, 1], [0, 1], loose({ target_names: ['a', 'b'] }))).toThrow(
      'classificationReport: `target_names` is not an option (did you mean `targetNames`?)',
    );
    expect(() => compareRuns([], loose({ precision: 3 }))).toThrow(
      'compareRuns: `precision` is not an option; the options are digits, print',
    );
  });

  // The chart specs and the study table check their options before they read their input.
  it.each([
    ['studyTable', () => studyTable([], loose({ digit: 2 })), 'digits'],
    ['runCurvesSpec', () => runCurvesSpec([], loose({ heigth: 200 })), 'height'],
    ['comparisonBarsSpec', () => comparisonBarsSpec([], loose({ measures: 'testError' })), 'measure'],
    [
      'confusionHeatmapSpec',
      () => confusionHeatmapSpec(loose({}), loose({ normalise: 'true' })),
      'normalize',
    ],
    ['learningCurvesSpec', () => learningCurvesSpec(loose({}), loose({ metric: ['loss'] })), 'metrics'],
    [
      'probabilityHistogramSpec',
      () => probabilityHistogramSpec(loose({}), loose({ classname: 'x' })),
      'className',
    ],
    ['decisionBoundarySpec', () => decisionBoundarySpec(loose({}), loose({ sample: {} })), 'samples'],
    ['imageGridSpec', () => imageGridSpec(loose({}), loose({ column: 4 })), 'columns'],
    [
      'classDistributionSpec',
      () => classDistributionSpec(loose({}), loose({ labelnames: [] })),
      'labelNames',
    ],
  ])('%s names the unknown key and the closest option', (name, call, closest) => {
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(new RegExp(`^${name}: .* is not an option \\(did you mean \`${closest}\`\\?\\)`));
  });
});
