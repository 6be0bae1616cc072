import { deriveSeed } from '@digitlab/spec';
import { describe, expect, it } from 'vitest';
import { range, shuffleInPlace, splitIndices } from './seeded-order';

// The committed lab results in apps/docs/results were trained in these orders: the split and shuffle
// streams of a fit seed must not change, or they stop being reproducible.
describe('the data order of a seed', () => {
  it('shuffles each epoch into the pinned order', () => {
    expect(Array.from(shuffleInPlace(range(12), deriveSeed(42, 'shuffle', 0)))).toEqual([
      10, 0, 2, 11, 1, 8, 4, 9, 6, 5, 7, 3,
    ]);
    expect(Array.from(shuffleInPlace(range(12), deriveSeed(42, 'shuffle', 3)))).toEqual([
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
});
