import { createRandom, makeXor, permutation } from '@digitlab/datasets';
import type { LabData, LabSplit } from './lab-data';

/**
 * The XOR lab's data: 800 noisy points, `testSplit` of them held out at random. Two streams of one seed:
 * the noise is makeXor's (the seed's `noise` stream), the split draws from `createRandom(seed)` as
 * `trainTestSplit` does for the digits, so which points are held out says nothing about their noise.
 */
export function xorData(seed: number, testSplit: number): LabData & { readonly train: LabSplit } {
  const xor = makeXor({ repeats: 200, noise: 0.3, seed });
  const order = permutation(xor.count, createRandom(seed));
  const testCount = Math.ceil(testSplit * xor.count);
  const pick = (indices: Uint32Array): LabSplit => {
    const x = new Float32Array(indices.length * 2);
    const y = new Uint8Array(indices.length);
    indices.forEach((index, i) => {
      x[2 * i] = xor.points[2 * index]!;
      x[2 * i + 1] = xor.points[2 * index + 1]!;
      y[i] = xor.labels[index]!;
    });
    return { x, y, count: indices.length, maxValue: 1 };
  };
  return {
    dataset: 'xor',
    train: pick(order.subarray(testCount)),
    test: pick(order.subarray(0, testCount)),
    sampleShape: [2],
    numClasses: 2,
    classNames: ['0', '1'],
    image: undefined,
    source: { kind: 'generated', seed },
  };
}
