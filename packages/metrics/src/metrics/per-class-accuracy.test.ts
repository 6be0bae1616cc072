import { describe, expect, it } from 'vitest';
import { accuracyFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { perClassAccuracy } from './per-class-accuracy.js';

const fixture = accuracyFixture();

describe('perClassAccuracy', () => {
  it.each(fixture.cases.map((c) => [c.dataset, c] as const))(
    "equals the diagonal of scikit-learn's confusion_matrix(normalize='true') on %s",
    (name, c) => {
      const { yTrue, yPred } = fixture.datasets[name]!;
      const result = perClassAccuracy(yTrue, Int32Array.from(yPred));
      expect(result.map((entry) => entry.label)).toEqual(c.labels);
      expect(result.map((entry) => entry.accuracy)).toEqual(c.perClassAccuracy);
    },
  );

  it('reports the counts behind each accuracy, 0 for a class seen only in predictions', () => {
    expect(perClassAccuracy([0, 0, 1, 1], [0, 1, 1, 2])).toEqual([
      { label: 0, correct: 1, support: 2, accuracy: 0.5 },
      { label: 1, correct: 1, support: 2, accuracy: 0.5 },
      { label: 2, correct: 0, support: 0, accuracy: 0 },
    ]);
    expect(perClassAccuracy([0, 0, 1, 1], [0, 1, 1, 2], { labels: [1] })).toEqual([
      { label: 1, correct: 1, support: 2, accuracy: 0.5 },
    ]);
  });

  it('rejects non-integer labels in options.labels', () => {
    expect(() => perClassAccuracy([0], [0], { labels: [0.5] })).toThrow(InvalidArgumentError);
  });
});
