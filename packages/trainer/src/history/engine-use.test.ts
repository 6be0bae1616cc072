import { describe, expect, it } from 'vitest';
import { formatEngine, readEngineUse } from './engine-use';

describe('readEngineUse', () => {
  it('reads the engine and threads fields', () => {
    expect(readEngineUse({ engine: 'fused', threads: 2 })).toEqual({ engine: 'fused', threads: 2 });
    expect(readEngineUse({ engine: 'tfjs', threads: 1 })).toEqual({ engine: 'tfjs', threads: 1 });
  });

  it("converts the string earlier versions wrote ('fused x2', 'tfjs')", () => {
    expect(readEngineUse({ engine: 'fused x2' })).toEqual({ engine: 'fused', threads: 2 });
    expect(readEngineUse({ engine: 'fused x12' })).toEqual({ engine: 'fused', threads: 12 });
    expect(readEngineUse({ engine: 'tfjs' })).toEqual({ engine: 'tfjs', threads: 1 });
  });

  it('gives undefined for runs without an engine and for values of neither form', () => {
    expect(readEngineUse({})).toBeUndefined();
    for (const engine of ['fused x', 'fused x0', 'fused', 'auto', 'fused x2 ', 42, null]) {
      expect(readEngineUse({ engine })).toBeUndefined();
    }
    expect(readEngineUse({ engine: 'fused', threads: 0 })).toBeUndefined();
    expect(readEngineUse({ engine: 'fused', threads: 1.5 })).toBeUndefined();
  });

  it('reads back what formatEngine labels, so old and new folders agree', () => {
    for (const use of [
      { engine: 'fused', threads: 3 },
      { engine: 'tfjs', threads: 1 },
    ] as const) {
      expect(readEngineUse({ engine: formatEngine(use) })).toEqual(use);
    }
    expect(formatEngine({ engine: 'fused', threads: 2 })).toBe('fused x2');
    expect(formatEngine({ engine: 'tfjs', threads: 1 })).toBe('tfjs');
  });
});
