import type { TrainingHistory } from './training-history.js';

/**
 * Integer epoch ticks for `epochs` epochs: every epoch up to ten, then round steps, so a one-epoch run is
 * labelled "1" (not "1.000000") and no tick falls between epochs.
 */
export function epochTicks(epochs: number): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500].find((size) => epochs / size <= 10) ?? 1000;
  const ticks = [1];
  for (let tick = step; tick <= epochs; tick += step) if (tick > 1) ticks.push(tick);
  return ticks;
}

/** The x encoding of a per-epoch chart: epochs 1..`epochs`, integer ticks only. */
export function epochEncoding(epochs: number): Record<string, unknown> {
  return {
    field: 'epoch',
    type: 'quantitative',
    // A single epoch gets a range around it: a zero-width domain made vega label it "1.000000".
    scale: { domain: epochs === 1 ? [0.5, 1.5] : [1, epochs], nice: false },
    axis: { values: epochTicks(epochs), format: 'd' },
    title: 'epoch',
  };
}

/** One metric's values by epoch (1-based), training then validation (`val_` + metric, when present). */
export function epochRows(
  history: TrainingHistory,
  metric: string,
): { epoch: number; split: 'train' | 'validation'; value: number }[] {
  const series = [
    ['train', history[metric] ?? []],
    ['validation', history[`val_${metric}`] ?? []],
  ] as const;
  return series.flatMap(([split, values]) => values.map((value, i) => ({ epoch: i + 1, split, value })));
}
