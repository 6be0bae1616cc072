import type { History } from '@digitlab/trainer';

const columns = ['loss', 'accuracy', 'val_loss', 'val_accuracy'] as const;

/**
 * history.json: Keras' `history.history` with the epochs, their seconds, the parameters, the backend, the
 * engine and its threads, and the seed.
 */
export function historyDocument(history: History): Record<string, unknown> {
  const { epoch, history: logs, seconds, params, backend, engine, threads, seed, stopReason } = history;
  return {
    epoch,
    history: logs,
    seconds,
    params,
    backend,
    engine,
    threads,
    seed,
    stopReason: stopReason ?? null,
  };
}

/** history.csv: one row per epoch (1-based), the logged numbers and the epoch's seconds. */
export function historyCsv(history: History): string {
  const present = columns.filter((name) => history.history[name] !== undefined);
  const rows = history.epoch.map((epoch, i) =>
    [epoch + 1, ...present.map((name) => history.history[name]![i]), history.seconds[i]].join(','),
  );
  return `${['epoch', ...present, 'seconds'].join(',')}\n${rows.map((row) => `${row}\n`).join('')}`;
}
