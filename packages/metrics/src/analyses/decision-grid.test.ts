import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { decisionGrid } from './decision-grid.js';

/** Class 1 right of x = 0, else class 0 (class 2 above y = 0.5 for the three-class model). */
const side = (points: Float32Array) =>
  Array.from({ length: points.length / 2 }, (_, i) => (points[2 * i]! > 0 ? 1 : 0));

describe('decisionGrid', () => {
  it('evaluates the cell centres once, row by row from the bottom, and keeps class indices', async () => {
    let calls = 0;
    let seen: Float32Array | undefined;
    const grid = await decisionGrid(
      (points) => {
        calls++;
        seen = points;
        return side(points);
      },
      { xRange: [-1, 1], yRange: [0, 2], resolution: 4 },
    );
    expect(calls).toBe(1);
    expect(grid.x).toEqual([-0.75, -0.25, 0.25, 0.75]);
    expect(grid.y).toEqual([0.25, 0.75, 1.25, 1.75]);
    expect(Array.from(seen!.subarray(0, 4))).toEqual([-0.75, 0.25, -0.25, 0.25]);
    expect(Array.from(grid.classes)).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1]);
    expect(Array.from(grid.confidence).every((value) => value === 1)).toBe(true);
  });

  it('takes async predict functions returning probability rows', async () => {
    const grid = await decisionGrid(
      async (points) =>
        Array.from({ length: points.length / 2 }, (_, i) =>
          points[2 * i + 1]! > 0.5 ? [0.1, 0.2, 0.7] : [0.6, 0.3, 0.1],
        ),
      { xRange: [0, 1], yRange: [0, 1], resolution: 2 },
    );
    expect(Array.from(grid.classes)).toEqual([0, 0, 2, 2]);
    expect(Array.from(grid.confidence)).toEqual([0.6, 0.6, 0.7, 0.7].map(Math.fround));
  });

  it('reads flat n × C probabilities and single sigmoid outputs', async () => {
    const options = { xRange: [0, 1], yRange: [0, 1], resolution: 2 } as const;
    const flat = await decisionGrid(
      () => new Float32Array([0.9, 0.1, 0.2, 0.8, 0.4, 0.6, 0.5, 0.5]),
      options,
    );
    expect(Array.from(flat.classes)).toEqual([0, 1, 1, 0]);
    const sigmoid = await decisionGrid(() => new Float32Array([0.2, 0.7, 0.5, 0.49]), options);
    expect(Array.from(sigmoid.classes)).toEqual([0, 1, 1, 0]);
    expect(sigmoid.confidence[0]).toBeCloseTo(0.8, 6);
  });

  it('uses 100 cells per axis by default', async () => {
    const grid = await decisionGrid(side, { xRange: [-1, 1], yRange: [-1, 1] });
    expect(grid.classes).toHaveLength(10_000);
    expect(grid.resolution).toBe(100);
  });

  it('rejects bad ranges, resolutions and wrongly sized predictions', async () => {
    await expect(decisionGrid(side, { xRange: [1, 1], yRange: [0, 1] })).rejects.toThrow(
      InvalidArgumentError,
    );
    await expect(decisionGrid(side, { xRange: [0, 1], yRange: [0, 1], resolution: 0 })).rejects.toThrow(
      /Received: options.resolution=0$/,
    );
    await expect(
      decisionGrid(() => [1, 2, 3], { xRange: [0, 1], yRange: [0, 1], resolution: 2 }),
    ).rejects.toThrow(expect.objectContaining({ argument: 'predict', value: '3 values' }));
  });
});
