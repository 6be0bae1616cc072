import { createRandom, shuffleInPlace } from '@digitlab/datasets';
import { deriveSeed } from '@digitlab/spec';
import { describe, expect, it } from 'vitest';
import { range, splitIndices, validationSplitCounts } from './seeded-order';

// The committed lab results in apps/docs/results were trained in these orders: the split and shuffle
// streams of a fit seed must not change, or they stop being reproducible.
describe('the data order of a seed', () => {
  it('shuffles each epoch into the pinned order', () => {
    expect(Array.from(shuffleInPlace(range(12), createRandom(deriveSeed(42, 'shuffle', 0))))).toEqual([
      10, 0, 2, 11, 1, 8, 4, 9, 6, 5, 7, 3,
    ]);
    expect(Array.from(shuffleInPlace(range(12), createRandom(deriveSeed(42, 'shuffle', 3))))).toEqual([
      11, 1, 2, 9, 5, 7, 3, 6, 4, 10, 8, 0,
    ]);
  });

  it('holds out the pinned validation samples', () => {
    const { train, validation } = splitIndices(12, 0.25, 42);
    expect([Array.from(train), Array.from(validation)]).toEqual([
      [11, 5, 0, 4, 1, 8, 3, 2, 7],
      [6, 10, 9],
    ]);
  });

  it('counts the split before any data exists, as splitIndices makes it', () => {
    // Keras' rule: the training share is rounded down, validation gets the rest.
    for (const [count, fraction] of [
      [12, 0.25],
      [1347, 0.1],
      [60_000, 0.1],
      [5, 0.5],
      [3, 0.9],
      [7, 1e-17],
    ] as const) {
      const counts = validationSplitCounts(count, fraction);
      const split = splitIndices(count, fraction, 7);
      expect(counts).toEqual({ train: split.train.length, validation: split.validation.length });
    }
    expect(validationSplitCounts(1347, 0.9999)).toEqual({ train: 0, validation: 1347 });
    expect(validationSplitCounts(60_000, 0.1)).toEqual({ train: 54_000, validation: 6000 });
  });
});
