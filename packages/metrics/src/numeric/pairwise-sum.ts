/**
 * Sums `values` in exactly NumPy's order (`np.sum` on a contiguous float64 array: pairwise summation,
 * eight interleaved accumulators per block of up to 128), so averages match scikit-learn to the last bit
 * and the report never rounds a borderline value the other way.
 */
export function pairwiseSum(values: ArrayLike<number>, start = 0, length = values.length - start): number {
  if (length < 8) {
    let sum = 0;
    for (let i = start; i < start + length; i++) sum += values[i]!;
    return sum;
  }
  if (length <= 128) {
    const accumulators = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => values[start + j]!);
    let i = 8;
    for (; i < length - (length % 8); i += 8) {
      for (let j = 0; j < 8; j++) accumulators[j]! += values[start + i + j]!;
    }
    const [a0, a1, a2, a3, a4, a5, a6, a7] = accumulators as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    let sum = a0 + a1 + (a2 + a3) + (a4 + a5 + (a6 + a7));
    for (; i < length; i++) sum += values[start + i]!;
    return sum;
  }
  let half = Math.floor(length / 2);
  half -= half % 8;
  return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, length - half);
}
