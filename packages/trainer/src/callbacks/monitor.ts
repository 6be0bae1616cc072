import { InvalidOptionError } from '../errors/invalid-option-error';
import type { EpochLogs, LogName } from '../history/history';

/** Whether the monitored quantity should go down (`min`), up (`max`), or be inferred from its name (`auto`). */
export type MonitorMode = 'auto' | 'min' | 'max';

const logNames: readonly LogName[] = ['loss', 'accuracy', 'val_loss', 'val_accuracy'];

/** Checks a `monitor` option. */
export function checkMonitor(functionName: string, monitor: unknown): LogName {
  if (!(logNames as readonly unknown[]).includes(monitor)) {
    throw new InvalidOptionError(functionName, 'monitor', `must be one of ${logNames.join(', ')}`, monitor);
  }
  return monitor as LogName;
}

/** Keras' `auto`: accuracies are maximised, everything else minimised. */
export function resolveMode(functionName: string, monitor: LogName, mode: unknown): 'min' | 'max' {
  if (mode !== 'auto' && mode !== 'min' && mode !== 'max') {
    throw new InvalidOptionError(functionName, 'mode', "must be 'auto', 'min' or 'max'", mode);
  }
  if (mode !== 'auto') return mode;
  return monitor.includes('acc') ? 'max' : 'min';
}

/** Keras' `_is_improvement`: better than `reference` by more than `minDelta`. */
export function isImprovement(
  mode: 'min' | 'max',
  current: number,
  reference: number,
  minDelta: number,
): boolean {
  return mode === 'min' ? current + minDelta < reference : current - minDelta > reference;
}

/** The monitored value of an epoch; a clear error when this fit does not log it. */
export function monitoredValue(functionName: string, monitor: LogName, logs: EpochLogs): number {
  const value = logs[monitor];
  if (value === undefined) {
    throw new InvalidOptionError(
      functionName,
      'monitor',
      `names a quantity this fit does not log (available: ${Object.keys(logs).join(', ')}); ` +
        'give validation data or monitor another one',
      monitor,
    );
  }
  return value;
}
