import type { EpochLogs } from '@digitlab/trainer';

/** Seconds as Keras prints them: `0.4s`, `12s`, `3m 05s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)}s`;
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m ${String(Math.round(seconds - minutes * 60)).padStart(2, '0')}s`;
}

/** The logs in Keras' order and format: `loss: 0.1234 - accuracy: 0.9612 - val_loss: ...`. */
export function formatLogs(logs: EpochLogs): string {
  const order = ['loss', 'accuracy', 'val_loss', 'val_accuracy'] as const;
  return order
    .filter((name) => logs[name] !== undefined)
    .map((name) => `${name}: ${logs[name]!.toFixed(4)}`)
    .join(' - ');
}

/** What one finished epoch is summed up by. */
export interface EpochSummary {
  /** Zero-based epoch. */
  readonly epoch: number;
  readonly epochs: number;
  /** Batches run in the epoch. */
  readonly steps: number;
  readonly seconds: number;
  readonly logs: EpochLogs;
}

/**
 * One line per finished epoch, like Keras' `verbose=1` end-of-epoch line:
 * `Epoch 3/15 - 38/38 - 0.2s 5ms/step - loss: 0.4028 - accuracy: 0.9002 - val_loss: 0.4906 - val_accuracy: 0.8519`.
 */
export function epochLine(summary: EpochSummary): string {
  const { epoch, epochs, steps, seconds, logs } = summary;
  const perStep = Math.round((seconds * 1000) / Math.max(steps, 1));
  return [
    `Epoch ${epoch + 1}/${epochs}`,
    `${steps}/${steps}`,
    `${formatSeconds(seconds)} ${perStep}ms/step`,
    formatLogs(logs),
  ].join(' - ');
}
