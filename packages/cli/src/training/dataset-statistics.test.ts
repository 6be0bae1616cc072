import { describe, expect, it } from 'vitest';
import { loadLabData } from '../data/load-lab-data';
import { datasetStatistics, datasetStatisticsLines } from './dataset-statistics';

describe('datasetStatistics', () => {
  it("gives seed 004's per-image figures and the class counts of the whole set and its split", async () => {
    const data = await loadLabData('digits', { seed: 42, testSplit: 0.25 });
    const statistics = datasetStatistics(data)!;
    expect(statistics.count).toBe(1797);
    expect(statistics.classes.reduce((sum, entry) => sum + entry.all, 0)).toBe(1797);
    // scikit-learn's digits have 178 zeros; the split's own label arrays say where they went.
    const zeros = (labels: Uint8Array) => labels.filter((label) => label === 0).length;
    expect(statistics.classes[0]).toEqual({
      name: '0',
      all: 178,
      train: zeros(data.train.y),
      test: zeros(data.test.y),
    });
    expect(zeros(data.test.y)).toBeGreaterThan(40);
    expect(statistics.first).toHaveLength(10);
    const first = statistics.first[0]!;
    // NumPy on the same 64 pixels: np.var == np.std**2, and the mean within the pixel range.
    expect(first.variance).toBeCloseTo(first.std ** 2, 10);
    expect(first.mean).toBeGreaterThan(0);
    expect(first.mean).toBeLessThan(16);
    expect(statistics.perImage.mean.min).toBeLessThanOrEqual(first.mean);
    const lines = datasetStatisticsLines(statistics);
    expect(lines[0]).toBe('1,797 images; per image, over all of them:');
    expect(lines).toContain(
      `  target ${first.label} | mean: ${first.mean.toFixed(2)} | var: ${first.variance.toFixed(2)} | std: ${first.std.toFixed(2)} | entropy: ${first.entropy.toFixed(2)}`,
    );
  });

  it('has nothing to say about XOR points', async () => {
    expect(datasetStatistics(await loadLabData('xor', { seed: 1 }))).toBeUndefined();
  });
});
