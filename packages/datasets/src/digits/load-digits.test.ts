import { describe, expect, it } from 'vitest';
import { classCounts } from '../stats/class-counts';
import { loadDigits } from './load-digits';

describe('loadDigits', () => {
  it("matches scikit-learn's load_digits: 1,797 images of 8x8, values 0..16, np.bincount(target)", () => {
    const digits = loadDigits();
    expect(digits).toMatchObject({
      count: 1797,
      height: 8,
      width: 8,
      channels: 1,
      maxValue: 16,
      numClasses: 10,
    });
    expect(digits.images).toHaveLength(1797 * 64);
    expect(digits.labels).toHaveLength(1797);
    expect(classCounts(digits)).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
    expect(Math.max(...digits.images)).toBe(16);
    // digits.data.mean() in NumPy.
    expect(digits.images.reduce((sum, value) => sum + value, 0) / digits.images.length).toBeCloseTo(
      4.884164579855314,
      12,
    );
  });

  it('holds the first image that the scikit-learn documentation shows (digits.images[0], a zero)', () => {
    const digits = loadDigits();
    expect(digits.labels[0]).toBe(0);
    expect(Array.from(digits.images.subarray(0, 64))).toEqual([
      0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0, 0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0, 0, 8, 8, 0,
      0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0, 0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0,
    ]);
    expect(Array.from(digits.labels.subarray(0, 10))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('returns fresh arrays on each call, so a caller cannot corrupt later calls', () => {
    const first = loadDigits();
    first.images.fill(0);
    first.labels.fill(9);
    const second = loadDigits();
    expect(second.images[2]).toBe(5);
    expect(second.labels[0]).toBe(0);
  });
});
