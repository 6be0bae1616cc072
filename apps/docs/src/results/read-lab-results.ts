import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabResult } from './lab-result';
import { parseLabResult } from './parse-lab-result';

/**
 * Reads every committed run under `folder` (one sub-folder per lab with metrics.json, history.json and
 * source.json), keyed by folder name. A missing folder gives no results; a malformed file throws.
 */
export function readLabResults(folder: string): Record<string, LabResult> {
  if (!existsSync(folder)) return {};
  const results: Record<string, LabResult> = {};
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const read = (name: string) =>
      JSON.parse(readFileSync(join(folder, entry.name, name), 'utf8')) as unknown;
    results[entry.name] = parseLabResult(entry.name, {
      metrics: read('metrics.json'),
      history: read('history.json'),
      source: read('source.json'),
    });
  }
  return results;
}
