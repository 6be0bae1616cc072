import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabResult } from './lab-result';
import { parseLabResult } from './parse-lab-result';

const subfolders = (folder: string) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/**
 * Reads every committed run under `folder` (one sub-folder per lab with metrics.json, history.json and
 * source.json; a lab comparing optimizers has comparison.json and one sub-folder per run), keyed by folder
 * name (a comparison's runs by their own). A missing folder gives no results; a malformed file throws.
 */
export function readLabResults(folder: string): Record<string, LabResult> {
  if (!existsSync(folder)) return {};
  const results: Record<string, LabResult> = {};
  for (const lab of subfolders(folder)) {
    const read = (path: string) => JSON.parse(readFileSync(join(folder, path), 'utf8')) as unknown;
    const source = read(join(lab, 'source.json'));
    const runs = existsSync(join(folder, lab, 'comparison.json'))
      ? subfolders(join(folder, lab)).map((run) => [run, join(lab, run)])
      : [[lab, lab]];
    for (const [name, path] of runs) {
      results[name!] = parseLabResult(name!, {
        metrics: read(join(path!, 'metrics.json')),
        history: read(join(path!, 'history.json')),
        source,
      });
    }
  }
  return results;
}
