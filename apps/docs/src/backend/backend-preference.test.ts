import { describe, expect, it } from 'vitest';
import { backendPreference } from './backend-preference';

describe('backendPreference', () => {
  it('asks for wasm only when the address says ?backend=wasm', () => {
    expect(backendPreference('?backend=wasm')).toBe('wasm');
    expect(backendPreference('?seed=3&backend=wasm')).toBe('wasm');
    expect(backendPreference('')).toBe('webgl');
    expect(backendPreference('?backend=cpu')).toBe('webgl');
  });
});
