import { describe, expect, it } from 'vitest';
import { mix32 } from './mix32';
import { childSeed, deriveSeed, randomSeed, seedStreams } from './seed-streams';

describe('seed streams', () => {
  // Pinned from the derivations these replaced (models' mixSeed, trainer's deriveSeed): every committed lab
  // result in apps/docs/results was trained with them, so a change here would make them unreproducible.
  it('childSeed gives what models fanned weight seeds out with', () => {
    expect([childSeed(42, 0), childSeed(42, 1), childSeed(7, 3), childSeed(2 ** 32 - 1, 5)]).toEqual([
      4125585456, 174949175, 1351323989, 3775390616,
    ]);
  });

  it('deriveSeed gives what the trainer split, shuffled and dropped out with', () => {
    expect([
      deriveSeed(42, 'split'),
      deriveSeed(42, 'shuffle', 0),
      deriveSeed(42, 'shuffle', 7),
      deriveSeed(42, 'dropout', 2),
      deriveSeed(-5, 'shuffle', 1),
    ]).toEqual([3494512103, 1882964270, 96445857, 2015387325, 4048749145]);
  });

  it('gives every stream of one seed its own seed', () => {
    const seeds = new Set<number>();
    for (const stream of Object.keys(seedStreams) as (keyof typeof seedStreams)[]) {
      for (let index = 0; index < 50; index++) seeds.add(deriveSeed(42, stream, index));
    }
    expect(seeds.size).toBe(Object.keys(seedStreams).length * 50);
  });

  it('mixes one changed input bit into about half the output bits (avalanche)', () => {
    let flipped = 0;
    const trials = 2000;
    for (let i = 0; i < trials; i++) {
      const a = mix32(i * 2654435761);
      const b = mix32((i * 2654435761) ^ (1 << (i % 32)));
      flipped += (a ^ b).toString(2).replaceAll('0', '').length;
    }
    expect(flipped / trials).toBeGreaterThan(15);
    expect(flipped / trials).toBeLessThan(17);
  });

  it('draws fresh 32-bit seeds', () => {
    const seed = randomSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });
});
