import { describe, expect, it } from 'vitest';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidProbabilitiesError } from '../errors/invalid-probabilities-error.js';
import { argmaxRow, PROBABILITY_SUM_TOLERANCE, toProbabilityMatrix } from './probabilities.js';

const problemOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidProbabilitiesError);
    const { problem, row, value, message } = error as InvalidProbabilitiesError;
    return { problem, row, value, message };
  }
  throw new Error('expected an InvalidProbabilitiesError');
};

describe('toProbabilityMatrix', () => {
  it('reads flat values with numClasses and rows the same way', () => {
    const flat = toProbabilityMatrix({ values: new Float32Array([0.25, 0.75, 1, 0]), numClasses: 2 });
    const rows = toProbabilityMatrix([
      [0.25, 0.75],
      [1, 0],
    ]);
    expect(flat.rows).toBe(2);
    expect(Array.from(rows.values)).toEqual(Array.from(flat.values));
    expect([argmaxRow(flat, 0), argmaxRow(flat, 1)]).toEqual([1, 0]);
  });

  it('takes the first class on ties, as NumPy argmax', () => {
    expect(argmaxRow(toProbabilityMatrix([[0.4, 0.4, 0.2]]), 0)).toBe(0);
  });

  it('accepts float32 rounding in row sums but not a row that misses a class', () => {
    expect(() => toProbabilityMatrix([[0.5 + PROBABILITY_SUM_TOLERANCE / 2, 0.5]])).not.toThrow();
    expect(
      problemOf(() =>
        toProbabilityMatrix([
          [0.3, 0.3, 0.3],
          [0.5, 0.25, 0.25],
        ]),
      ),
    ).toMatchObject({
      problem: 'row-sum',
      row: 0,
    });
  });

  it('names the sample and value for NaN, negative values and bad shapes', () => {
    expect(
      problemOf(() =>
        toProbabilityMatrix([
          [0.5, 0.5],
          [Number.NaN, 1],
        ]),
      ),
    ).toMatchObject({
      problem: 'not-finite',
      row: 1,
      message: expect.stringMatching(/Received: p\[1\]\[0\]=NaN$/),
    });
    expect(problemOf(() => toProbabilityMatrix([[1.5, -0.5]]))).toMatchObject({
      problem: 'out-of-range',
      value: 1.5,
    });
    expect(problemOf(() => toProbabilityMatrix({ values: [0.5, 0.5, 1], numClasses: 2 }))).toMatchObject({
      problem: 'shape',
      value: 3,
      message: expect.stringMatching(/Received: values.length=3, numClasses=2$/),
    });
    expect(problemOf(() => toProbabilityMatrix({ values: [1], numClasses: 1 }))).toMatchObject({
      problem: 'shape',
    });
    expect(problemOf(() => toProbabilityMatrix([[0.5, 0.5], [1]]))).toMatchObject({
      problem: 'shape',
      row: 1,
    });
    expect(() => toProbabilityMatrix([])).toThrow(EmptyInputError);
    expect(() => toProbabilityMatrix({ values: new Float32Array(0), numClasses: 10 })).toThrow(
      EmptyInputError,
    );
  });
});
