import { createRandom, makeXor, permutation } from '@digitlab/datasets';
import { describe, expect, it } from 'vitest';
import { checkInputShape, inputFits } from './check-input-shape';
import { findDataset } from './dataset-catalog';
import { loadLabData } from './load-lab-data';
import { naturalDataset } from './natural-dataset';

describe('loadLabData', () => {
  it('splits the digits 1,347 / 450 with every class kept (stratified, seeded)', async () => {
    const data = await loadLabData('digits', { seed: 42 });
    expect([data.train.count, data.test.count]).toEqual([1347, 450]);
    expect(data).toMatchObject({ sampleShape: [8, 8, 1], numClasses: 10, image: { width: 8, height: 8 } });
    expect(data.train.maxValue).toBe(16);
    const again = await loadLabData('digits', { seed: 42 });
    expect(again.test.y).toEqual(data.test.y);
  });

  it('makes 800 XOR points and holds out a quarter, the same for the same seed', async () => {
    const data = await loadLabData('xor', { seed: 1 });
    expect([data.train.count, data.test.count]).toEqual([600, 200]);
    expect(data.train.x).toHaveLength(1200);
    expect(data.image).toBeUndefined();
    expect((await loadLabData('xor', { seed: 1 })).train.x).toEqual(data.train.x);
  });

  it("draws XOR's noise and its split from separate streams of the seed", async () => {
    const data = await loadLabData('xor', { seed: 5 });
    const points = makeXor({ repeats: 200, noise: 0.3, seed: 5 }).points;
    const order = permutation(800, createRandom(5));
    const at = (index: number) => [points[2 * index], points[2 * index + 1]];
    expect([...data.test.x.subarray(0, 4)]).toEqual([...at(order[0]!), ...at(order[1]!)]);
    expect([...data.train.x.subarray(0, 2)]).toEqual(at(order[200]!));
    // The noise is not the split generator's first draws (as it was when both used createRandom(5)).
    const splitStream = createRandom(5);
    expect(points[0]).not.toBeCloseTo(0.3 * splitStream.normal(), 4);
  });

  // Debian's Fashion-MNIST files are installed on our machines and in CI; read offline.
  it("pools Fashion-MNIST's 70,000 images and holds out 20% at random (seed 004), or keeps the files (seed 002)", async () => {
    const official = await loadLabData('fashion-mnist', { offline: true, pooled: false });
    expect([official.train.count, official.test.count]).toEqual([60_000, 10_000]);
    const pooled = await loadLabData('fashion-mnist', {
      offline: true,
      pooled: true,
      testSplit: 0.2,
      seed: 7,
    });
    expect([pooled.train.count, pooled.test.count]).toEqual([56_000, 14_000]);
    expect(pooled.train.x).toHaveLength(56_000 * 784);
    // Every image lands in exactly one split: the label counts add up to the official files' counts.
    const counts = (labels: Uint8Array) =>
      labels.reduce((all, label) => all.set(label, (all.get(label) ?? 0) + 1), new Map<number, number>());
    const official7 = (counts(official.train.y).get(7) ?? 0) + (counts(official.test.y).get(7) ?? 0);
    expect((counts(pooled.train.y).get(7) ?? 0) + (counts(pooled.test.y).get(7) ?? 0)).toBe(official7);
    // Random, not the official boundary: some official test images are in the pooled train split.
    expect(pooled.test.y).not.toEqual(official.test.y.subarray(0, 14_000));
    const again = await loadLabData('fashion-mnist', {
      offline: true,
      pooled: true,
      testSplit: 0.2,
      seed: 7,
    });
    expect(again.test.y).toEqual(pooled.test.y);
  }, 60_000);
});

describe('input shapes', () => {
  it('fit when equal, or flat with the same size', () => {
    expect(inputFits([28, 28, 1], [28, 28, 1])).toBe(true);
    expect(inputFits([784], [28, 28, 1])).toBe(true);
    expect(inputFits([64], [28, 28, 1])).toBe(false);
    expect(inputFits([28, 28, 1], [8, 8, 1])).toBe(false);
  });

  it('checkInputShape throws with both shapes', () => {
    expect(() => checkInputShape('lenet5', [28, 28, 1], findDataset('digits'))).toThrow(
      expect.objectContaining({ name: 'InputShapeError', modelShape: [28, 28, 1], sampleShape: [8, 8, 1] }),
    );
  });

  it('each model has the data set it was made for', () => {
    expect(['xor-mlp', 'perceptron', 'one-stage-cnn', 'lenet5', 'mlp'].map(naturalDataset)).toEqual([
      'xor',
      'digits',
      'digits',
      'mnist',
      'mnist',
    ]);
  });
});
