import { describe, expect, it } from 'vitest';
import { accuracyFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import { accuracy } from './accuracy.js';

const fixture = accuracyFixture();

describe('accuracy', () => {
  it.each(fixture.cases.map((c) => [c.dataset, c] as const))(
    "equals scikit-learn's accuracy_score on %s",
    (name, c) => {
      const { yTrue, yPred } = fixture.datasets[name]!;
      expect(
        accuracy(
          Uint8Array.from(yTrue.map((label) => label + 1)),
          yPred.map((label) => label + 1),
        ),
      ).toBe(c.accuracy);
    },
  );

  it('rejects empty and mismatched inputs with what was received', () => {
    expect(() => accuracy([], [])).toThrow(EmptyInputError);
    expect(() => accuracy([], [])).toThrow('Received: yTrue.length=0');
    expect(() => accuracy([1, 2], [1])).toThrow(LengthMismatchError);
  });
});
