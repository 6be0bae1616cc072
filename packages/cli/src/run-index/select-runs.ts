import { UnknownNameError } from '../errors/unknown-name-error';
import type { RunListing } from './run-listing';

/**
 * The runs named in `selection`, in listing order: each name is a run folder as listed (`20261203-…-mlp`)
 * or a lab or model name, which selects every run of it. An empty selection keeps every run.
 */
export function selectRuns(runs: readonly RunListing[], selection: readonly string[]): RunListing[] {
  const valid = [...new Set([...runs.map((run) => run.run), ...runs.map((run) => run.name)])];
  for (const name of selection) {
    if (!valid.includes(name)) throw new UnknownNameError('run', '--select', name, valid);
  }
  if (selection.length === 0) return [...runs];
  return runs.filter((run) => selection.includes(run.run) || selection.includes(run.name));
}
