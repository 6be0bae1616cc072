import { describe, expect, it } from 'vitest';
import { sumFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { pairwiseSum } from './pairwise-sum.js';

describe('pairwiseSum', () => {
  it("equals NumPy's np.sum bit for bit at every block size", () => {
    const { cases } = sumFixture();
    for (const { values, sum } of cases) expect(pairwiseSum(values)).toBe(sum);
  });

  it('differs from a left-to-right sum on some inputs, so the order matters', () => {
    const { cases } = sumFixture();
    const naive = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(cases.some(({ values, sum }) => naive(values) !== sum)).toBe(true);
  });
});
