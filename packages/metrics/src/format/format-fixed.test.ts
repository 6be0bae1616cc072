import { describe, expect, it } from 'vitest';
import { formatFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { formatFixed } from './format-fixed.js';

const fixture = formatFixture();

describe('formatFixed', () => {
  it("matches Python's '{:.{digits}f}' on every recorded value and digit count", () => {
    const mismatches = fixture.cases.filter(({ value, digits, text }) => formatFixed(value, digits) !== text);
    expect(fixture.cases.length).toBeGreaterThan(1500);
    expect(mismatches).toEqual([]);
  });

  it('rounds exact binary ties to even where toFixed rounds up', () => {
    const tie = fixture.cases.find(({ value, digits }) => value === 0.125 && digits === 2)!;
    expect(tie.text).toBe('0.12');
    expect((0.125).toFixed(2)).toBe('0.13');
    expect(formatFixed(0.125, 2)).toBe('0.12');
    expect(formatFixed(0.03125, 4)).toBe('0.0312');
    expect(formatFixed(2.5, 0)).toBe('2');
  });

  it('rounds the binary value, not the decimal literal, for 0.675 and 0.005', () => {
    expect(formatFixed(0.675, 2)).toBe(fixture.cases.find((c) => c.value === 0.675 && c.digits === 2)!.text);
    expect(formatFixed(0.005, 2)).toBe('0.01');
    expect(formatFixed(1.005, 2)).toBe('1.00');
  });

  it('keeps the sign of negative values that round to zero and writes nan and inf as Python', () => {
    expect(formatFixed(-0.001, 2)).toBe('-0.00');
    expect(formatFixed(Number.NaN, 2)).toBe('nan');
    expect(formatFixed(Number.NEGATIVE_INFINITY, 2)).toBe('-inf');
  });
});
