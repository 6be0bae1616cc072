import type { VegaLiteSpec } from '../src/charts/vega-lite-spec.js';

/**
 * Test helper: a spec as the text of its committed snapshot. Snapshots are `.json.snap` files so that
 * biome's JSON formatter leaves vitest's exact output alone.
 */
export function snapshotText(spec: VegaLiteSpec): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/** Path of a builder's snapshot, relative to the test files in src/charts. */
export const snapshotPath = (name: string) => `./__snapshots__/${name}.json.snap`;
