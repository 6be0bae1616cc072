import { describe, expect, it } from 'vitest';
import { probabilityFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { InvalidProbabilitiesError } from '../errors/invalid-probabilities-error.js';
import { classProbabilityHistogram } from './class-probability-histogram.js';

const fixture = probabilityFixture();
const flat = { values: Float32Array.from(fixture.probabilities), numClasses: fixture.numClasses };

describe('classProbabilityHistogram', () => {
  it.each(fixture.histograms.map((h) => [`class ${h.classIndex}, ${h.bins} bins`, h] as const))(
    'equals np.histogram(range=(0, 1)) for %s',
    (_, expected) => {
      const histogram = classProbabilityHistogram(flat, fixture.yTrue, expected.classIndex, expected.bins);
      expect(histogram).toEqual({
        classIndex: expected.classIndex,
        edges: expected.edges,
        inClass: expected.inClass,
        rest: expected.rest,
      });
    },
  );

  it('uses 10 bins by default and counts every sample once', () => {
    const histogram = classProbabilityHistogram(flat, fixture.yTrue, 3);
    expect(histogram.edges).toHaveLength(11);
    const total = [...histogram.inClass, ...histogram.rest].reduce((sum, count) => sum + count, 0);
    expect(total).toBe(fixture.yTrue.length);
  });

  it('rejects a class index outside the classes, bins < 1 and rows that do not sum to 1', () => {
    expect(() => classProbabilityHistogram(flat, fixture.yTrue, 10)).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError', argument: 'classIndex', value: 10 }),
    );
    expect(() => classProbabilityHistogram(flat, fixture.yTrue, 0, 0)).toThrow(InvalidArgumentError);
    expect(() => classProbabilityHistogram([[0.5, 0.2]], [0], 0)).toThrow(
      expect.objectContaining({ name: 'InvalidProbabilitiesError', problem: 'row-sum', row: 0 }),
    );
    expect(() => classProbabilityHistogram({ values: [0.5, 0.5, 1], numClasses: 2 }, [0], 0)).toThrow(
      InvalidProbabilitiesError,
    );
  });
});
