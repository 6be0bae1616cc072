import { describe, expect, it } from 'vitest';
import { caught, indexedDataset } from '../../test-support/fixtures';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { classCounts } from '../stats/class-counts';
import { validationSplit } from './validation-split';

describe('validationSplit', () => {
  // Sorted by class, as some files are: "the last 10%" would be all class 2.
  const sorted = indexedDataset([
    ...new Array(40).fill(0),
    ...new Array(30).fill(1),
    ...new Array(30).fill(2),
  ]);

  it('holds out a random, seeded 10% by default, not the last samples', () => {
    const { train, validation } = validationSplit(sorted, { seed: 2 });
    expect([train.count, validation.count]).toEqual([90, 10]);
    expect(classCounts(validation).filter((count) => count > 0).length).toBeGreaterThan(1);
    expect(validationSplit(sorted, { seed: 2 }).validation.images).toEqual(validation.images);
  });

  it('stratifies on request', () => {
    const { validation } = validationSplit(sorted, { validationSize: 0.2, seed: 4, stratify: true });
    expect(classCounts(validation)).toEqual([8, 6, 6]);
  });

  it('rejects a validationSize outside (0, 1)', async () => {
    const error = await caught(() => validationSplit(sorted, { validationSize: 1 }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ functionName: 'validationSplit', option: 'validationSize' });
  });
});
