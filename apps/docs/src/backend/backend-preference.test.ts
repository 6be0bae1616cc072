import { describe, expect, it } from 'vitest';
import { backendPreference } from './backend-preference';

describe('backendPreference', () => {
  it('forces webgl or wasm only when the address says so, and leaves the choice automatic otherwise', () => {
    expect(backendPreference('?backend=wasm')).toBe('wasm');
    expect(backendPreference('?seed=3&backend=webgl')).toBe('webgl');
    expect(backendPreference('')).toBe('auto');
    expect(backendPreference('?backend=cpu')).toBe('auto');
    expect(backendPreference('?backend=auto')).toBe('auto');
  });
});
