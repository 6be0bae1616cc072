import { describe, expect, it } from 'vitest';
import { type ReadmeExampleRun, unmetClaims } from './run-readme-example';

function run(printedValues: string[], printedText: string | undefined, printed: string[]): ReadmeExampleRun {
  return {
    example: { language: 'js', code: '', printedValues, printedText },
    result: { exitCode: 0, stdout: '', stderr: '' },
    printed,
  };
}

describe('unmetClaims', () => {
  const printed = ['1797 [\n  178, 182\n]\n', '0\n', 'report\n  a  b\n', '15770 [ 10 ]\n'];

  it('accepts values each equal to a later console.log output, and a verbatim text block', () => {
    expect(unmetClaims(run(['1797 [178, 182]', '0', '15770 [10]'], 'report\n  a  b', printed))).toEqual([]);
  });

  it('rejects a value printed only as part of a call, out of order, or not at all', () => {
    expect(unmetClaims(run(['178'], undefined, printed))).toEqual(['178']);
    expect(unmetClaims(run(['15770 [10]', '0'], undefined, printed))).toEqual(['0']);
    expect(unmetClaims(run(['1'], undefined, printed))).toEqual(['1']);
  });

  it('rejects a text block that differs in spacing', () => {
    expect(unmetClaims(run([], 'report\n a b', printed))).toEqual(['report\n a b']);
  });
});
