import { describe, expect, it } from 'vitest';
import { caught, indexedDataset } from '../../test-support/fixtures';
import { loadDigits } from '../digits/load-digits';
import { EmptyDatasetError } from '../errors/empty-dataset-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { classCounts } from '../stats/class-counts';
import { trainTestSplit } from './train-test-split';

const sampleIds = (dataset: { images: Uint8Array; count: number }) =>
  Array.from({ length: dataset.count }, (_, i) => dataset.images[i * 6]!);

describe('trainTestSplit', () => {
  const dataset = indexedDataset(Array.from({ length: 100 }, (_, i) => i % 3));

  it("puts ceil(testSize * count) samples in the test set, as scikit-learn's train_test_split", () => {
    const { train, test } = trainTestSplit(dataset, { testSize: 0.25, seed: 1 });
    expect([train.count, test.count]).toEqual([75, 25]);
    expect(trainTestSplit(dataset, { testSize: 0.333, seed: 1 }).test.count).toBe(34);
    expect(trainTestSplit(loadDigits(), { testSize: 0.2, seed: 0 }).test.count).toBe(360);
  });

  it('partitions the samples, keeps each image with its label, and shuffles', () => {
    const { train, test } = trainTestSplit(dataset, { testSize: 0.3, seed: 7 });
    const ids = [...sampleIds(train), ...sampleIds(test)];
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(ids).not.toEqual([...ids].sort((a, b) => a - b));
    for (const part of [train, test]) {
      expect(Array.from(part.labels)).toEqual(sampleIds(part).map((id) => id % 3));
    }
  });

  it('gives the same split for the same seed and another for another seed', () => {
    const ids = (seed: number) => sampleIds(trainTestSplit(dataset, { testSize: 0.2, seed }).test);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)).not.toEqual(ids(6));
  });

  it('keeps class shares to within one sample when stratified', () => {
    const digits = loadDigits();
    const { test } = trainTestSplit(digits, { testSize: 0.2, seed: 3, stratify: true });
    const expected = classCounts(digits).map((count) => (count * test.count) / digits.count);
    const deviations = classCounts(test).map((count, label) => Math.abs(count - expected[label]!));
    expect(Math.max(...deviations)).toBeLessThan(1);
  });

  it('rejects a testSize outside (0, 1) with InvalidOptionError', async () => {
    for (const testSize of [0, 1, -0.1, 1.5, Number.NaN]) {
      const error = await caught(() => trainTestSplit(dataset, { testSize }));
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error).toMatchObject({ functionName: 'trainTestSplit', option: 'testSize', value: testSize });
      expect(error.message).toMatch(new RegExp(`Received: testSize=${testSize}$`));
    }
  });

  it('rejects an empty data set, or one too small for two parts, with EmptyDatasetError', async () => {
    for (const labels of [[], [1]]) {
      const error = await caught(() => trainTestSplit(indexedDataset(labels), { testSize: 0.5 }));
      expect(error).toBeInstanceOf(EmptyDatasetError);
      expect(error).toMatchObject({ source: 'trainTestSplit', count: labels.length });
    }
  });
});
