import { describe, expect, it } from 'vitest';
import { toClassProbabilities } from './class-probabilities';

describe('toClassProbabilities', () => {
  it('takes the argmax of softmax rows (first on ties, as NumPy)', () => {
    const result = toClassProbabilities(Float32Array.of(0.1, 0.7, 0.2, 0.4, 0.4, 0.2), 3);
    expect(Array.from(result.classes)).toEqual([1, 0]);
    expect(result.numClasses).toBe(3);
  });

  it('turns one sigmoid unit into two columns', () => {
    const result = toClassProbabilities(Float32Array.of(0.25, 0.75), 1);
    expect(Array.from(result.probabilities)).toEqual([0.75, 0.25, 0.25, 0.75]);
    expect(Array.from(result.classes)).toEqual([0, 1]);
  });
});
