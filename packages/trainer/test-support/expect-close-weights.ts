import { expect } from 'vitest';

/**
 * Each tensor of `actual` within `tolerance` of `expected`, relative to that tensor's largest magnitude
 * (at least 1e-3, so that near-zero tensors such as fresh biases are not judged by their own noise).
 */
export function expectCloseWeights(
  actual: readonly Float32Array[],
  expected: readonly Float32Array[],
  tolerance: number,
  label = 'weight',
): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((values, i) => {
    const reference = expected[i]!;
    const worst = values.reduce((max, value, j) => Math.max(max, Math.abs(value - reference[j]!)), 0);
    const scale = reference.reduce((max, value) => Math.max(max, Math.abs(value)), 1e-3);
    expect(worst / scale, `${label} ${i}`).toBeLessThan(tolerance);
  });
}
