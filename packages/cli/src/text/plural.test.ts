import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'epoch')).toBe('1 epoch');
    expect(plural(0, 'epoch')).toBe('0 epochs');
    expect(plural(12, 'epoch')).toBe('12 epochs');
    expect(plural(2, 'batch', 'batches')).toBe('2 batches');
  });
});
