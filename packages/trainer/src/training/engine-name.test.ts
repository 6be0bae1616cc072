import { describe, expect, it } from 'vitest';
import { engineName, fusedThreads } from './engine-name';

describe('engine names', () => {
  it('name the fused engine with its threads and read the threads back; tfjs ops have none', () => {
    expect(engineName(2)).toBe('fused x2');
    expect(engineName(undefined)).toBe('tfjs');
    expect(fusedThreads(engineName(3))).toBe(3);
    expect(fusedThreads('tfjs')).toBeUndefined();
    expect(fusedThreads(undefined)).toBeUndefined();
    expect(fusedThreads('fused x')).toBeUndefined();
  });
});
