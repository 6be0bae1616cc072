import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors/usage-error';
import type { RunFlags } from '../flags/run-options';
import type { Recipe } from '../recipes/recipe';

/** What `digitlab resume` needs to continue a run: its command, recipe and flags (run.json in the staging folder). */
export interface RunRecord {
  readonly format: 'digitlab-run';
  readonly version: 1;
  readonly command: string;
  readonly recipe: Recipe;
  readonly flags: Omit<RunFlags, 'out'>;
}

/** Writes run.json into a staging folder. */
export async function writeRunRecord(
  staging: string,
  record: Omit<RunRecord, 'format' | 'version'>,
): Promise<void> {
  const document: RunRecord = { format: 'digitlab-run', version: 1, ...record };
  await writeFile(join(staging, 'run.json'), `${JSON.stringify(document, null, 2)}\n`);
}

/** Reads a staging folder's run.json; a missing or damaged one is a usage error naming `folder`. */
export async function readRunRecord(staging: string, folder: string): Promise<RunRecord> {
  const path = join(staging, 'run.json');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  let record: Partial<RunRecord> | undefined;
  try {
    record = text === undefined ? undefined : JSON.parse(text);
  } catch {
    record = undefined;
  }
  const valid =
    record?.format === 'digitlab-run' &&
    record.version === 1 &&
    typeof record.recipe === 'object' &&
    record.recipe !== null &&
    typeof record.flags === 'object' &&
    record.flags !== null;
  if (!valid) {
    const problem =
      text === undefined
        ? `There is no interrupted run to resume at ${folder} (no ${path})`
        : `The interrupted run at ${folder} cannot be resumed: ${path} is damaged; delete ${staging} and start again`;
    throw new UsageError('<folder>', folder, problem, `<folder> ${folder}`);
  }
  return record as RunRecord;
}
