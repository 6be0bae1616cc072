import { describe, expect, it } from 'vitest';
import { accuracyFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { InvalidLabelError } from '../errors/invalid-label-error.js';
import { errorRate } from './error-rate.js';

const fixture = accuracyFixture();

describe('errorRate', () => {
  it.each(fixture.cases.map((c) => [c.dataset, c] as const))(
    "equals scikit-learn's zero_one_loss on %s",
    (name, c) => {
      const { yTrue, yPred } = fixture.datasets[name]!;
      expect(errorRate(yTrue, yPred)).toBe(c.zeroOneLoss);
    },
  );

  it('rejects non-integer labels', () => {
    expect(() => errorRate([0, Number.NaN], [0, 1])).toThrow(InvalidLabelError);
  });
});
