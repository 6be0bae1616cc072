import { formatEngine } from '@digitlab/trainer';
import { formatSeconds } from '../progress/epoch-line';
import type { RunListing } from './run-listing';

/** Column headings of the runs table. */
export const runsTableHeader = ['run', 'lab/model', 'data', 'accuracy', 'time', 'date', 'engine'] as const;

/** `name (model)`, or the model alone when the run is named after it (`train`). */
export function labAndModel(run: RunListing): string {
  return run.name === run.model ? run.model : `${run.name} (${run.model})`;
}

/** The backend, and the engine that computed the batches when it was not the backend's own ops. */
export function engineLabel(run: RunListing): string {
  return run.engine === null || run.engine.engine === 'tfjs'
    ? run.backend
    : `${run.backend}, ${formatEngine(run.engine)}`;
}

/** One row per run, as text: the table `digitlab runs` prints and index.html shows. */
export function runsTableRows(runs: readonly RunListing[]): string[][] {
  return runs.map((run) => [
    run.run,
    labAndModel(run),
    run.dataset,
    run.accuracy.toFixed(4),
    formatSeconds(run.trainingSeconds),
    `${run.createdAt.slice(0, 16).replace('T', ' ')} UTC`,
    engineLabel(run),
  ]);
}
