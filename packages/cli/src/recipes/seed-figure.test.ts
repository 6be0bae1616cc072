import { describe, expect, it } from 'vitest';
import { describeLabData } from './describe-lab-data';
import { findLab } from './labs';
import { formatLikeSeed, formatSeedFigure, seedAccuracy } from './seed-figure';

describe('seed figures', () => {
  it('print as the seed printed them, and a measured accuracy in the same terms', () => {
    const [cnn] = findLab('digits-cnn-64').seedFigures;
    const [mlp] = findLab('mlp-500-300').seedFigures;
    expect(formatSeedFigure(cnn!)).toBe('accuracy 0.9844');
    expect(formatSeedFigure(mlp!)).toBe('error 1.38%');
    expect(formatLikeSeed(cnn!, 0.98222)).toBe('accuracy 0.9822');
    expect(formatLikeSeed(mlp!, 0.9812)).toBe('error 1.88%');
    expect(seedAccuracy(mlp!)).toBeCloseTo(0.9862, 10);
  });
});

describe('describeLabData', () => {
  it('says which data set and which split, from the recipe or with a run’s counts', () => {
    expect(describeLabData(findLab('mnist-cnn'))).toBe('mnist, 60k/10k files, 30% val');
    expect(describeLabData(findLab('xor'))).toBe('xor, 20% test, 3.125% val');
    expect(describeLabData(findLab('lenet5'))).toBe('mnist, 70k pooled, 20% test');
    expect(describeLabData(findLab('digits-cnn-64'))).toBe('digits, 25% test, 25% val');
    expect(
      describeLabData(findLab('fashion-lenet-elu'), { train: 56_000, validation: 0, test: 14_000 }),
    ).toBe('fashion-mnist: 56,000 train, 14,000 test (pooled, random split)');
    expect(describeLabData(findLab('mnist-cnn'), { train: 42_000, validation: 18_000, test: 10_000 })).toBe(
      'mnist: 42,000 train, 18,000 validation, 10,000 test (official files)',
    );
  });
});
