import { describe, expect, it, vi } from 'vitest';
import type { ReportCase } from '../../test-support/fixtures/sklearn-fixtures.js';
import { reportFixture } from '../../test-support/fixtures/sklearn-fixtures.js';
import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { InvalidLabelError } from '../errors/invalid-label-error.js';
import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import { classificationReport } from './classification-report.js';

const fixture = reportFixture();

function run(
  testCase: ReportCase,
  extra: { onWarning?: (message: string) => void; print?: (text: string) => void } = {},
) {
  const { yTrue, yPred } = fixture.datasets[testCase.dataset]!;
  return classificationReport(Int32Array.from(yTrue), yPred, {
    labels: testCase.labels,
    targetNames: testCase.target_names,
    digits: testCase.digits,
    zeroDivision: testCase.zero_division,
    ...extra,
  });
}

const describeCase = (testCase: ReportCase) =>
  [
    testCase.dataset,
    testCase.labels && `labels=${testCase.labels.join(',')}`,
    testCase.target_names && 'targetNames',
    testCase.digits !== undefined && `digits=${testCase.digits}`,
    testCase.zero_division !== undefined && `zeroDivision=${testCase.zero_division}`,
  ]
    .filter(Boolean)
    .join(' ');

describe('classificationReport against scikit-learn 1.2', () => {
  it('was recorded with scikit-learn 1.2', () => {
    expect(fixture.versions.sklearn).toMatch(/^1\.2\./);
    expect(fixture.cases.length).toBeGreaterThan(50);
  });

  it.each(fixture.cases.map((testCase) => [describeCase(testCase), testCase] as const))(
    '%s',
    (_, testCase) => {
      const onWarning = vi.fn();
      const print = vi.fn();
      const report = run(testCase, { onWarning, print });
      expect(report.text).toBe(testCase.text);
      expect(report.dict).toEqual(testCase.dict);
      const distinct = [...new Set(testCase.warnings)];
      expect(report.warnings).toEqual(distinct);
      expect(onWarning.mock.calls.map(([message]) => message)).toEqual(distinct);
      expect(print).toHaveBeenCalledExactlyOnceWith(testCase.text);
    },
  );

  it('covers the cases the labs hit: ties, never-predicted classes, subsets and every zero-division mode', () => {
    expect(fixture.cases.some((c) => c.text.includes('0.12 ') && c.dataset === 'ties-eighths')).toBe(true);
    expect(fixture.cases.some((c) => c.text.includes('micro avg'))).toBe(true);
    expect(fixture.cases.some((c) => c.warnings.length > 0)).toBe(true);
    expect(new Set(fixture.cases.map((c) => c.zero_division))).toEqual(new Set([undefined, 0, 1]));
  });

  it('does not call onWarning when zeroDivision is a number', () => {
    const onWarning = vi.fn();
    const report = classificationReport([0, 0, 1], [0, 0, 0], { zeroDivision: 0, onWarning });
    expect(onWarning).not.toHaveBeenCalled();
    expect(report.warnings).toEqual([]);
  });
});

describe('classificationReport bad input', () => {
  it('rejects yTrue and yPred of different lengths', () => {
    const error = (() => {
      try {
        classificationReport([0, 1, 1], [0, 1]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(LengthMismatchError);
    expect(error).toMatchObject({ argument: 'yPred', reference: 'yTrue', expected: 3, received: 2 });
    expect((error as Error).message).toMatch(/Received: yTrue.length=3, yPred.length=2$/);
  });

  it('rejects empty inputs and non-integer labels', () => {
    expect(() => classificationReport([], [])).toThrow(EmptyInputError);
    expect(() => classificationReport([0, 1.5], [0, 1])).toThrow(
      expect.objectContaining({ name: 'InvalidLabelError', argument: 'yTrue', index: 1, value: 1.5 }),
    );
    expect(() => classificationReport([0, 1], new Float32Array([0, 0.7]))).toThrow(InvalidLabelError);
  });

  it("raises scikit-learn's error when target names do not match the inferred labels", () => {
    expect(() => classificationReport([0, 1, 2], [0, 1, 2], { targetNames: ['a', 'b'] })).toThrow(
      'Number of classes, 3, does not match size of target_names, 2. Try specifying the labels parameter. Received: options.targetNames=["a","b"]',
    );
  });

  it('rejects bad options with the value received', () => {
    expect(() => classificationReport([0, 1], [0, 1], { digits: -1 })).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError', argument: 'options.digits', value: -1 }),
    );
    expect(() => classificationReport([0, 1], [0, 1], { zeroDivision: 2 as never })).toThrow(
      InvalidArgumentError,
    );
    expect(() => classificationReport([0, 1], [0, 1], { labels: [1, 1] })).toThrow(/lists 1 twice/);
    expect(() => classificationReport([0, 1], [0, 1], { labels: [] })).toThrow(/at least one label/);
  });
});
