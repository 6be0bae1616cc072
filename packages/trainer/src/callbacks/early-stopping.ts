import * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { LogName } from '../history/history';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { checkMonitor, isImprovement, type MonitorMode, monitoredValue, resolveMode } from './monitor';
import type { TrainingCallback } from './training-callback';

/** Options of {@link earlyStopping} (Keras' `EarlyStopping`). */
export interface EarlyStoppingOptions {
  /**
   * The quantity watched.
   * @default 'val_loss'
   */
  monitor?: LogName;
  /**
   * Smallest change that counts as an improvement.
   * @default 0
   */
  minDelta?: number;
  /**
   * Epochs without improvement before training stops.
   * @default 0
   */
  patience?: number;
  /**
   * Whether the quantity should fall or rise; `auto` maximises accuracies and minimises the rest.
   * @default 'auto'
   */
  mode?: MonitorMode;
  /**
   * A value the quantity must beat; training stops if it does not within `patience` epochs.
   * @default undefined (none)
   */
  baseline?: number;
  /**
   * At the end of training, put back the weights of the best epoch (tfjs-layers throws "not implemented").
   * As in Keras 3 this happens whenever the last epoch was not the best, not only after an early stop.
   * @default false
   */
  restoreBestWeights?: boolean;
}

const earlyStoppingOptionKeys: OptionKeys<EarlyStoppingOptions> = {
  monitor: true,
  minDelta: true,
  patience: true,
  mode: true,
  baseline: true,
  restoreBestWeights: true,
};

/** Stops training when the monitored quantity has stopped improving; Keras' `EarlyStopping` rules. */
export function earlyStopping(options: EarlyStoppingOptions = {}): TrainingCallback {
  checkOptionKeys('earlyStopping', options, earlyStoppingOptionKeys);
  const {
    monitor = 'val_loss',
    minDelta = 0,
    patience = 0,
    mode = 'auto',
    baseline,
    restoreBestWeights = false,
  } = options;
  checkMonitor('earlyStopping', monitor);
  const direction = resolveMode('earlyStopping', monitor, mode);
  if (!(minDelta >= 0)) throw new InvalidOptionError('earlyStopping', 'minDelta', 'must be >= 0', minDelta);
  if (!Number.isInteger(patience) || patience < 0) {
    throw new InvalidOptionError('earlyStopping', 'patience', 'must be an integer >= 0', patience);
  }
  let wait = 0;
  let best = direction === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  let bestEpoch = -1;
  let lastEpoch = -1;
  let bestWeights: tf.Tensor[] | undefined;
  const keepBest = (weights: tf.Tensor[]) => {
    if (bestWeights !== undefined) tf.dispose(bestWeights);
    bestWeights = weights;
  };
  return {
    onTrainBegin() {
      wait = 0;
      best = direction === 'min' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      bestEpoch = -1;
      keepBest([]);
    },
    onEpochEnd({ context, epoch, logs }) {
      const current = monitoredValue('earlyStopping', monitor, logs);
      lastEpoch = epoch;
      wait += 1;
      if (isImprovement(direction, current, best, minDelta)) {
        best = current;
        bestEpoch = epoch;
        if (restoreBestWeights) keepBest(context.model.getWeights());
        if (baseline === undefined || isImprovement(direction, current, baseline, minDelta)) wait = 0;
        return;
      }
      if (wait >= patience && epoch > 0) {
        context.stopTraining(
          `early stopping: ${monitor} did not improve on ${best.toPrecision(5)} (epoch ${bestEpoch + 1}) for ${wait} epochs`,
        );
      }
    },
    onTrainEnd({ context }) {
      if (
        restoreBestWeights &&
        bestWeights !== undefined &&
        bestWeights.length > 0 &&
        bestEpoch !== lastEpoch
      ) {
        context.model.setWeights(bestWeights);
      }
      keepBest([]);
    },
  };
}
