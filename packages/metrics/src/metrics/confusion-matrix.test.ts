import { describe, expect, it, vi } from 'vitest';
import { confusionFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import { confusionMatrix } from './confusion-matrix.js';

const fixture = confusionFixture();

describe('confusionMatrix against scikit-learn 1.2', () => {
  it('was recorded with scikit-learn 1.2 in every normalize mode', () => {
    expect(fixture.versions.sklearn).toMatch(/^1\.2\./);
    expect(new Set(fixture.cases.map((c) => c.normalize))).toEqual(new Set([null, 'true', 'pred', 'all']));
  });

  it.each(
    fixture.cases.map(
      (c) => [`${c.dataset} labels=${c.labels ?? 'union'} normalize=${c.normalize}`, c] as const,
    ),
  )('%s', (_, testCase) => {
    const { yTrue, yPred } = fixture.datasets[testCase.dataset]!;
    const result = confusionMatrix(Int32Array.from(yTrue), yPred, {
      labels: testCase.labels ?? undefined,
      normalize: testCase.normalize ?? undefined,
    });
    expect(result.matrix).toEqual(testCase.matrix);
    expect(result.labels.length).toBe(testCase.matrix.length);
  });

  it('gives labels that occur only in predictions their own row and column, as scikit-learn', () => {
    const { yTrue, yPred } = fixture.datasets['labels-only-in-predictions']!;
    const result = confusionMatrix(yTrue, yPred);
    expect(result.labels).toEqual([0, 1, 2, 3, 7]);
    const expected = fixture.cases.find(
      (c) => c.dataset === 'labels-only-in-predictions' && !c.labels && !c.normalize,
    );
    expect(result.matrix).toEqual(expected!.matrix);
    expect(result.matrix[3]).toEqual([0, 0, 0, 0, 0]);
  });

  it.each(fixture.errors.map((e) => [e.message, e] as const))(
    "raises scikit-learn's error: %s",
    (message, e) => {
      const { yTrue, yPred } = fixture.datasets[e.dataset]!;
      const call = () => confusionMatrix(yTrue, yPred, { labels: e.labels });
      expect(call).toThrow(InvalidArgumentError);
      expect(call).toThrow(message);
      expect(call).toThrow(`Received: options.labels=[${e.labels.join(',')}]`);
    },
  );
});

describe('confusionMatrix text and print', () => {
  it('prints a table of counts, true labels down and predicted across', () => {
    const print = vi.fn();
    const { text } = confusionMatrix([0, 0, 1, 1, 10], [0, 1, 1, 1, 10], { print });
    expect(text).toBe(
      ['true\\pred  0  1  10', '        0  1  1   0', '        1  0  2   0', '       10  0  0   1'].join(
        '\n',
      ),
    );
    expect(print).toHaveBeenCalledExactlyOnceWith(text);
  });

  it('writes normalized values with Python rounding at the requested digits', () => {
    const { text, matrix } = confusionMatrix([0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 1, 1, 1, 1, 1, 1, 1, 1], {
      normalize: 'true',
      digits: 3,
    });
    expect(matrix[0]).toEqual([0.125, 0.875]);
    expect(text.split('\n')[1]).toBe('        0  0.125  0.875');
    expect(
      confusionMatrix([0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 1, 1, 1, 1, 1, 1, 1, 1], { normalize: 'true' }).text,
    ).toContain('0.12  0.88');
  });
});

describe('confusionMatrix bad input', () => {
  it('rejects mismatched lengths, unknown normalize modes and bad digits', () => {
    expect(() => confusionMatrix([0, 1], [0])).toThrow(LengthMismatchError);
    expect(() => confusionMatrix([0, 1], [0, 1], { normalize: 'rows' as never })).toThrow(
      expect.objectContaining({ argument: 'options.normalize', value: 'rows' }),
    );
    expect(() => confusionMatrix([0, 1], [0, 1], { digits: 1.5 })).toThrow(InvalidArgumentError);
  });
});
