/** Where a run computed: on a GPU, or on the CPU (which includes WebGL on a software renderer). */
export type ComputeDevice = 'gpu' | 'cpu';

/** What a time column shows for a run that did not compute on that device. */
export const NOT_MEASURED = 'not measured';

/** A run's training time under the seeds' two headings, CPU time and GPU time. */
export interface TimeColumns {
  /** Seconds, when the run computed on the CPU; null otherwise. */
  readonly cpuSeconds: number | null;
  /** Seconds, when the run computed on a GPU; null otherwise. */
  readonly gpuSeconds: number | null;
}

/**
 * Files a run's training time under the device it computed on, so a CPU figure never appears under the
 * GPU heading (nor the reverse); the other column is null, printed as {@link NOT_MEASURED}.
 */
export function timeColumns(run: {
  readonly device: ComputeDevice;
  readonly trainingSeconds: number;
}): TimeColumns {
  return run.device === 'gpu'
    ? { cpuSeconds: null, gpuSeconds: run.trainingSeconds }
    : { cpuSeconds: run.trainingSeconds, gpuSeconds: null };
}
