import { describe, expect, it } from 'vitest';
import { compareRuns } from '../analyses/compare-runs.js';
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
});
