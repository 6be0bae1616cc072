import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { permutation, shuffleInPlace } from './permutation';

describe('shuffleInPlace', () => {
  it('reorders the array it is given and returns it: the same values, the same order for a seed', () => {
    const values = Uint32Array.from({ length: 50 }, (_, i) => i * 2);
    const returned = shuffleInPlace(values, createRandom(9));
    expect(returned).toBe(values);
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(values).not.toEqual(Uint32Array.from({ length: 50 }, (_, i) => i * 2));
    expect(
      shuffleInPlace(
        Uint32Array.from({ length: 50 }, (_, i) => i * 2),
        createRandom(9),
      ),
    ).toEqual(values);
  });

  it('draws what permutation draws from the same generator state', () => {
    const shuffled = shuffleInPlace(
      Uint32Array.from({ length: 20 }, (_, i) => i),
      createRandom(4),
    );
    expect(shuffled).toEqual(permutation(20, createRandom(4)));
  });
});
