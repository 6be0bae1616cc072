import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value';
import { InvalidOptionError, optionDetails } from './invalid-option-error';

describe('describeValue', () => {
  it.each([
    ['rows', '"rows"'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [10n, '10'],
    [[1, 'a', [2]], '[1,"a",[2]]'],
    [{ units: 3 }, '{"units":3}'],
    [new Float32Array(5), 'Float32Array(5)'],
    [new DataView(new ArrayBuffer(8)), 'DataView(8)'],
    [function fit() {}, 'function fit'],
    [() => {}, 'function (anonymous)'],
  ])('shows %o as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('survives circular objects', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(describeValue(circular)).toBe('[object Object]');
  });
});

describe('InvalidOptionError', () => {
  it('says who refused which option, what to do, and ends with what was received', () => {
    const error = new InvalidOptionError(optionDetails('trainTestSplit', 'testSize', 'must be below 1', 1.5));
    expect(error.message).toBe('trainTestSplit: `testSize` must be below 1. Received: testSize=1.5');
    expect([error.functionName, error.option, error.value, error.received, error.code]).toEqual([
      'trainTestSplit',
      'testSize',
      1.5,
      1.5,
      'INVALID_OPTION',
    ]);
  });
});
