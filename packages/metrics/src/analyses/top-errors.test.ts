import { describe, expect, it } from 'vitest';
import { probabilityFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { InvalidLabelError } from '../errors/invalid-label-error.js';
import { InvalidProbabilitiesError } from '../errors/invalid-probabilities-error.js';
import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import { topErrors } from './top-errors.js';

const fixture = probabilityFixture();
const flat = { values: Float32Array.from(fixture.probabilities), numClasses: fixture.numClasses };

describe('topErrors', () => {
  it('ranks misclassified samples by p(predicted) - p(true) as the NumPy reference does', () => {
    const expected = fixture.errorsRanked.slice(0, 6).map((e) => ({
      index: e.index,
      predicted: e.predicted,
      actual: e.actual,
      predictedProbability: e.pPredicted,
      actualProbability: e.pActual,
      gap: e.gap,
    }));
    expect(topErrors(flat, fixture.yTrue)).toEqual(expected);
  });

  it('returns every error, in order, when k exceeds their number', () => {
    const all = topErrors(flat, Uint8Array.from(fixture.yTrue), 10_000);
    expect(all.map((e) => e.index)).toEqual(fixture.errorsRanked.map((e) => e.index));
    expect(all.length).toBeGreaterThan(100);
  });

  it('accepts rows as number[][] with the same result', () => {
    const rows = fixture.yTrue.map((_, row) =>
      Array.from(flat.values.subarray(row * fixture.numClasses, (row + 1) * fixture.numClasses)),
    );
    expect(topErrors(rows, fixture.yTrue, 3)).toEqual(topErrors(flat, fixture.yTrue, 3));
  });

  it('breaks ties in the gap by sample index and returns nothing when all are right', () => {
    const rows = [
      [0.2, 0.8],
      [0.9, 0.1],
      [0.2, 0.8],
    ];
    expect(topErrors(rows, [0, 0, 0]).map((e) => e.index)).toEqual([0, 2]);
    expect(topErrors(rows, [1, 0, 1])).toEqual([]);
  });

  it('rejects k <= 0 or fractional with the value received', () => {
    for (const k of [0, -1, 2.5]) {
      expect(() => topErrors(flat, fixture.yTrue, k)).toThrow(InvalidArgumentError);
    }
    expect(() => topErrors(flat, fixture.yTrue, 0)).toThrow(/Received: k=0$/);
  });

  it('rejects labels outside the classes, length mismatches and NaN probabilities', () => {
    expect(() => topErrors([[0.5, 0.5]], [2])).toThrow(
      expect.objectContaining({ name: 'InvalidLabelError', argument: 'yTrue', index: 0, value: 2 }),
    );
    expect(() => topErrors([[0.5, 0.5]], [0, 1])).toThrow(LengthMismatchError);
    expect(() => topErrors([[Number.NaN, 1]], [0])).toThrow(InvalidProbabilitiesError);
    expect(() => topErrors([[0.5, 0.5]], [-1])).toThrow(InvalidLabelError);
  });
});
