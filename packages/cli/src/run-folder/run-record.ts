import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors/usage-error';
import type { RunFlags } from '../flags/run-options';
import type { Recipe } from '../recipes/recipe';

/** What every run.json holds: the command and flags. */
interface RecordBase {
  readonly format: 'digitlab-run';
  readonly version: 1;
  readonly command: string;
  readonly flags: Omit<RunFlags, 'out'>;
}

/** The run.json of one run (`train`, `run`, `lab <name>`): its recipe. */
export interface SingleRunRecord extends RecordBase {
  readonly recipe: Recipe;
}

/** The run.json of a comparison (`compare`, the optimizer study): its runs' recipes, in order, and its table. */
export interface ComparisonRunRecord extends RecordBase {
  readonly comparison: {
    /** Ends the folder name, e.g. `'compare'`. */
    readonly name: string;
    readonly title: string;
    /** How it is tabulated: `'compare'` or `'seed-study'`. */
    readonly table: string;
    readonly recipes: readonly Recipe[];
  };
}

/** What `digitlab resume` needs to continue a run or a comparison (run.json in the staging folder). */
export type RunRecord = SingleRunRecord | ComparisonRunRecord;

/** What a caller gives for a run.json: a record without its format and version. */
export type RunRecordContent =
  | Omit<SingleRunRecord, 'format' | 'version'>
  | Omit<ComparisonRunRecord, 'format' | 'version'>;

/** Writes run.json into a staging folder. */
export async function writeRunRecord(staging: string, record: RunRecordContent): Promise<void> {
  const document = { format: 'digitlab-run', version: 1, ...record };
  await writeFile(join(staging, 'run.json'), `${JSON.stringify(document, null, 2)}\n`);
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

/** Reads a staging folder's run.json; a missing or damaged one is a usage error naming `folder`. */
export async function readRunRecord(staging: string, folder: string): Promise<RunRecord> {
  const path = join(staging, 'run.json');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  let record: Partial<SingleRunRecord & ComparisonRunRecord> | undefined;
  try {
    record = text === undefined ? undefined : JSON.parse(text);
  } catch {
    record = undefined;
  }
  const comparison = record?.comparison;
  const valid =
    record?.format === 'digitlab-run' &&
    record.version === 1 &&
    (isObject(record.recipe) ||
      (isObject(comparison) && Array.isArray(comparison.recipes) && comparison.recipes.every(isObject))) &&
    isObject(record.flags);
  if (!valid) {
    const problem =
      text === undefined
        ? `There is no interrupted run to resume at ${folder} (no ${path})`
        : `The interrupted run at ${folder} cannot be resumed: ${path} is damaged; delete ${staging} and start again`;
    throw new UsageError('<folder>', folder, problem, `<folder> ${folder}`);
  }
  return record as RunRecord;
}
