import { describe, expect, it } from 'vitest';
import { alignLeft, alignRight, codePointLength } from './align.js';

describe('align', () => {
  it("counts code points as Python's len does, so astral characters take one column", () => {
    expect('🙂'.length).toBe(2);
    expect(codePointLength('🙂')).toBe(1);
    expect(alignRight('🙂', 3)).toBe('  🙂');
    expect(alignLeft('ab', 4)).toBe('ab  ');
    expect(alignRight('toolong', 3)).toBe('toolong');
  });
});
