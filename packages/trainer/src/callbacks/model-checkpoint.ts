import { captureCheckpoint } from '../checkpoint/capture-checkpoint';
import type { CheckpointStore } from '../checkpoint/checkpoint-store';
import type { LogName } from '../history/history';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { checkMonitor, isImprovement, type MonitorMode, monitoredValue, resolveMode } from './monitor';
import type { TrainingCallback } from './training-callback';

/** Options of {@link modelCheckpoint} (Keras' `ModelCheckpoint`). */
export interface ModelCheckpointOptions {
  /** Where checkpoints go: `fileCheckpointStore(path)` in Node, `memoryCheckpointStore()` anywhere. */
  store: CheckpointStore;
  /**
   * Save only when the monitored quantity improved; otherwise after every epoch.
   * @default false
   */
  saveBestOnly?: boolean;
  /**
   * The quantity `saveBestOnly` watches.
   * @default 'val_loss'
   */
  monitor?: LogName;
  /**
   * Whether the quantity should fall or rise; `auto` maximises accuracies and minimises the rest.
   * @default 'auto'
   */
  mode?: MonitorMode;
}

const modelCheckpointOptionKeys: OptionKeys<ModelCheckpointOptions> = {
  store: true,
  saveBestOnly: true,
  monitor: true,
  mode: true,
};

/**
 * Saves a full training checkpoint (model weights, optimizer state, epoch, seed, history) at the end of
 * epochs; `fit(model, data, { resumeFrom: await store.load() })` continues it with the same result as an
 * uninterrupted run.
 */
export function modelCheckpoint(options: ModelCheckpointOptions): TrainingCallback {
  checkOptionKeys('modelCheckpoint', options, modelCheckpointOptionKeys);
  const { store, saveBestOnly = false, monitor = 'val_loss', mode = 'auto' } = options;
  checkMonitor('modelCheckpoint', monitor);
  const direction = resolveMode('modelCheckpoint', monitor, mode);
  let best = direction === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  return {
    onTrainBegin() {
      best = direction === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    },
    async onEpochEnd({ context, epoch, logs }) {
      if (saveBestOnly) {
        const current = monitoredValue('modelCheckpoint', monitor, logs);
        if (!isImprovement(direction, current, best, 0)) return;
        best = current;
      }
      await store.save(await captureCheckpoint(context, epoch + 1));
    },
  };
}
