import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and different ones for different seeds', () => {
    const draw = (seed: number) => Array.from({ length: 8 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniforms in [0, 1) with the right mean and integers in range', () => {
    const random = createRandom(7);
    const values = Array.from({ length: 100_000 }, random.next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 2);
    const counts = new Array<number>(5).fill(0);
    for (let i = 0; i < 50_000; i++) counts[random.int(5)]!++;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('draws standard normal samples', () => {
    const random = createRandom(1);
    const samples = Array.from({ length: 100_000 }, random.normal);
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });

  it('resumes from a saved state exactly', () => {
    const random = createRandom(123);
    for (let i = 0; i < 10; i++) random.next();
    const resumed = createRandom(random.state());
    expect(Array.from({ length: 5 }, resumed.next)).toEqual(Array.from({ length: 5 }, random.next));
  });
});
