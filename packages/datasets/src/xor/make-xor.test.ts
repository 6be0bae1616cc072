import { deriveSeed } from '@digitlab/spec';
import { describe, expect, it } from 'vitest';
import { caught } from '../../test-support/fixtures';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { createRandom } from '../random';
import { makeXor } from './make-xor';

describe('makeXor', () => {
  it('tiles the truth table repeats times with XOR labels', () => {
    const xor = makeXor({ repeats: 3, noise: 0, seed: 1 });
    expect(xor.count).toBe(12);
    expect(xor.numClasses).toBe(2);
    expect(Array.from(xor.points.subarray(0, 8))).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(xor.points.subarray(8, 16))).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(xor.labels)).toEqual([0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0]);
  });

  it('defaults to 200 repeats: 800 points as a Float32Array of 1,600 coordinates', () => {
    const xor = makeXor({ seed: 3 });
    expect(xor.count).toBe(800);
    expect(xor.points).toBeInstanceOf(Float32Array);
    expect(xor.points).toHaveLength(1600);
    expect(xor.labels).toBeInstanceOf(Uint8Array);
  });

  it('gives the same points for the same seed and different points for another', () => {
    expect(makeXor({ seed: 42 }).points).toEqual(makeXor({ seed: 42 }).points);
    expect(makeXor({ seed: 42 }).points).not.toEqual(makeXor({ seed: 43 }).points);
  });

  it("draws the noise from the seed's noise stream, apart from the split stream of the same seed", () => {
    const xor = makeXor({ repeats: 1, noise: 1, seed: 42 });
    const noiseStream = createRandom(deriveSeed(42, 'noise'));
    const expected = Array.from({ length: 8 }, (_, i) => [0, 0, 0, 1, 1, 0, 1, 1][i]! + noiseStream.normal());
    expect(Array.from(xor.points)).toEqual(Array.from(Float32Array.from(expected)));
    // The split of seed 42 (trainTestSplit's createRandom(42)) starts elsewhere.
    const splitStream = createRandom(42);
    expect(splitStream.normal()).not.toBeCloseTo(createRandom(deriveSeed(42, 'noise')).normal(), 3);
  });

  it('adds zero-mean Gaussian noise with the requested standard deviation', () => {
    const xor = makeXor({ repeats: 5000, noise: 0.3, seed: 9 });
    const offsets = Array.from(xor.points, (value, i) => value - [0, 0, 0, 1, 1, 0, 1, 1][i % 8]!);
    const mean = offsets.reduce((sum, value) => sum + value, 0) / offsets.length;
    const std = Math.sqrt(offsets.reduce((sum, value) => sum + (value - mean) ** 2, 0) / offsets.length);
    expect(mean).toBeCloseTo(0, 2);
    expect(std).toBeCloseTo(0.3, 2);
  });

  it('rejects a non-positive repeats and a negative noise with InvalidOptionError', async () => {
    expect(await caught(() => makeXor({ repeats: 0 }))).toMatchObject({
      name: 'InvalidOptionError',
      option: 'repeats',
    });
    const error = await caught(() => makeXor({ noise: -1 }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ functionName: 'makeXor', option: 'noise', value: -1 });
    expect(error.message).toMatch(/Received: noise=-1$/);
  });
});
