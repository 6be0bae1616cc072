import { describe, expect, it } from 'vitest';
import { timeColumns } from './time-columns.js';

describe('timeColumns', () => {
  it('puts the seconds under the device the run computed on and null under the other', () => {
    expect(timeColumns({ device: 'cpu', trainingSeconds: 12.5 })).toEqual({
      cpuSeconds: 12.5,
      gpuSeconds: null,
    });
    expect(timeColumns({ device: 'gpu', trainingSeconds: 3 })).toEqual({ cpuSeconds: null, gpuSeconds: 3 });
  });
});
