import { describe, expect, it } from 'vitest';
import { caught, indexedDataset } from '../../test-support/fixtures';
import { loadDigits } from '../digits/load-digits';
import { EmptyDatasetError } from '../errors/empty-dataset-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { LabelRangeError } from '../errors/label-range-error';
import { classCounts } from './class-counts';
import { describeDataset } from './describe-dataset';
import { imageStatistics } from './image-statistics';
import { renderImage } from './render-image';

describe('imageStatistics', () => {
  it('matches NumPy mean/var/std and scipy.stats.entropy(counts, base=2) on scikit-learn digits', () => {
    // x = load_digits().data[i]; x.mean(), x.var(), x.std(), entropy(np.unique(x, return_counts=True)[1], base=2)
    const reference = [
      [0, 4.59375, 26.8662109375, 5.183262576553497, 3.038896260284527],
      [1, 4.890625, 41.847412109375, 6.468957575171984, 2.4603553216898635],
      [2, 5.375, 39.671875, 6.298561343672061, 2.8338650026019354],
      [1796, 6.125, 39.640625, 6.296080129731514, 2.9510630127496014],
    ] as const;
    const statistics = imageStatistics(loadDigits());
    for (const [index, mean, variance, std, entropy] of reference) {
      expect(statistics.mean[index]).toBeCloseTo(mean, 12);
      expect(statistics.variance[index]).toBeCloseTo(variance, 12);
      expect(statistics.std[index]).toBeCloseTo(std, 12);
      expect(statistics.entropy[index]).toBeCloseTo(entropy, 12);
    }
  });

  it('gives zero variance and zero entropy for a constant image, log2(n) bits for n distinct values', () => {
    const statistics = imageStatistics(indexedDataset([0, 1]));
    expect(Array.from(statistics.variance)).toEqual([0, 0]);
    expect(Array.from(statistics.entropy)).toEqual([0, 0]);
    const distinct = { ...indexedDataset([0]), images: Uint8Array.of(0, 1, 2, 3, 4, 5) };
    expect(imageStatistics(distinct).entropy[0]).toBeCloseTo(Math.log2(6), 12);
  });
});

describe('classCounts', () => {
  it('counts labels per class like np.bincount(minlength=numClasses), and rejects out-of-range labels', async () => {
    expect(classCounts({ labels: [2, 0, 2, 2], numClasses: 4 })).toEqual([1, 0, 3, 0]);
    expect(await caught(() => classCounts({ labels: [0, 4], numClasses: 4 }))).toBeInstanceOf(
      LabelRangeError,
    );
  });
});

describe('describeDataset', () => {
  it('returns the counts, class shares and per-image ranges, and prints them when asked', () => {
    const lines: string[] = [];
    const summary = describeDataset(loadDigits(), { print: (line) => lines.push(line) });
    expect(summary.count).toBe(1797);
    expect(summary.imageShape).toEqual([8, 8, 1]);
    expect(summary.classes[8]).toEqual({ label: 8, name: '8', count: 174, fraction: 174 / 1797 });
    expect(summary.perImage.mean.mean).toBeCloseTo(4.884164579855314, 10);
    expect(summary.perImage.entropy.max).toBeLessThanOrEqual(6);
    expect(lines[0]).toBe('1797 images of 8x8x1, pixel values 0..16');
    expect(lines.some((line) => line.includes('  174') && line.includes('9.7%'))).toBe(true);
  });

  it('rejects an empty data set', async () => {
    expect(await caught(() => describeDataset(indexedDataset([])))).toBeInstanceOf(EmptyDatasetError);
  });
});

describe('renderImage', () => {
  it('draws each pixel as two ramp characters, 0 as the first and maxValue as the last', () => {
    const digits = loadDigits();
    // Row 0 of digits.images[0] is 0 0 5 13 9 1 0 0: levels round(v / 16 * 9) on ' .:-=+*#%@'.
    const rows = renderImage(digits, 0).split('\n');
    expect(rows).toHaveLength(8);
    expect(rows[0]).toBe('    --##++..    ');
    expect(renderImage(digits, 0, { ramp: ' #' }).split('\n')[1]).toBe('    ########    ');
    expect(
      renderImage({ ...indexedDataset([0]), maxValue: 255, images: new Uint8Array(6).fill(255) }, 0),
    ).toBe('@@@@@@\n@@@@@@');
  });

  it('rejects an index outside the data set', async () => {
    expect(await caught(() => renderImage(loadDigits(), 1797))).toBeInstanceOf(InvalidOptionError);
  });
});
