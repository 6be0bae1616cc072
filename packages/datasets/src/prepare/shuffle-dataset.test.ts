import { describe, expect, it } from 'vitest';
import { indexedDataset } from '../../test-support/fixtures';
import { createRandom } from '../random';
import { permutation } from './permutation';
import { selectSamples } from './select-samples';
import { shuffleDataset } from './shuffle-dataset';

describe('shuffleDataset', () => {
  const dataset = indexedDataset(Array.from({ length: 50 }, (_, i) => i % 3));

  it('reorders samples with their labels, reproducibly for a seed, leaving the input untouched', () => {
    const shuffled = shuffleDataset(dataset, { seed: 8 });
    expect(shuffled.count).toBe(50);
    const ids = Array.from({ length: 50 }, (_, i) => shuffled.images[i * 6]!);
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(shuffled.labels)).toEqual(ids.map((id) => id % 3));
    expect(shuffleDataset(dataset, { seed: 8 }).images).toEqual(shuffled.images);
    expect(shuffleDataset(dataset, { seed: 9 }).images).not.toEqual(shuffled.images);
    expect(dataset.images[6]).toBe(1);
  });

  it('draws every ordering of three items about equally often (Fisher–Yates is unbiased)', () => {
    const random = createRandom(21);
    const counts = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      const key = permutation(3, random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('selects samples by index, copying them', () => {
    const picked = selectSamples(dataset, [4, 4, 0]);
    expect(picked.count).toBe(3);
    expect(Array.from(picked.labels)).toEqual([1, 1, 0]);
    expect(Array.from(picked.images.subarray(0, 13))).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0]);
  });
});
