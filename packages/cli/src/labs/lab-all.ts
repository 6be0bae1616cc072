import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetName } from '../data/dataset-catalog';
import { MissingDataError } from '../errors/missing-data-error';
import type { RunFlags } from '../flags/run-options';
import { type CommandContext, displayPath } from '../io/command-context';
import type { Lab } from '../recipes/lab';
import type { RecipeOverrides } from '../recipes/recipe';
import { chooseRunFolder } from '../run-folder/run-folder-path';
import { checkFolderFree, writeFolderAtomically } from '../run-folder/staged-folder';
import { type LabSummaryRow, labSummaryRow, labSummaryTables } from './lab-summary';
import { runLabInto } from './run-lab';

/** What `lab all` did: a summary row per run, and the labs it skipped with why. */
export interface LabAllResult {
  readonly folder: string;
  readonly rows: readonly LabSummaryRow[];
  readonly skipped: readonly { readonly lab: string; readonly reason: string }[];
}

/**
 * The overrides for one lab: `standIn` (e.g. fashion-mnist) replaces MNIST only, so MNIST labs run on a
 * stand-in of the same shape and the other labs keep their own data.
 */
const overridesFor = (lab: Lab, overrides: RecipeOverrides, standIn: DatasetName | undefined) =>
  standIn !== undefined && lab.dataset === 'mnist' ? { ...overrides, dataset: standIn } : overrides;

/**
 * `digitlab lab all`: runs every lab in `selected` whose data are on this machine (never downloading),
 * each into `<folder>/<lab>`, skips the others with one line each, then writes summary.json, summary.md
 * and summary.txt: lab, seed figure, this run's figure, parameters equal, data used, engine and time.
 */
export async function runAllLabs(
  selected: readonly Lab[],
  overrides: RecipeOverrides,
  standIn: DatasetName | undefined,
  flags: RunFlags,
  context: CommandContext,
): Promise<LabAllResult> {
  const { io, output } = context;
  const folder = await chooseRunFolder({ cwd: io.cwd, name: 'lab-all', date: io.now(), out: flags.out });
  await checkFolderFree(folder);
  const rows: LabSummaryRow[] = [];
  const skipped: { lab: string; reason: string }[] = [];
  const offline = { ...flags, offline: true };
  await writeFolderAtomically(folder, async (staging) => {
    for (const [index, lab] of selected.entries()) {
      output.say(output.colors.bold(`\n[${index + 1}/${selected.length}] ${lab.name}`));
      try {
        const runs = await runLabInto(
          lab,
          overridesFor(lab, overrides, standIn),
          join(staging, lab.name),
          offline,
          context,
        );
        rows.push(...runs.map(labSummaryRow));
      } catch (error) {
        if (!(error instanceof MissingDataError)) throw error;
        const reason = `${error.dataset} files missing (${error.missing.join(', ')})`;
        skipped.push({ lab: lab.name, reason });
        output.warn(`skipped ${lab.name}: ${reason}`);
      }
    }
    const tables = labSummaryTables(rows);
    const skippedLines = skipped.map((entry) => `skipped ${entry.lab}: ${entry.reason}`);
    await writeFile(join(staging, 'summary.json'), `${JSON.stringify({ rows, skipped }, null, 2)}\n`);
    await writeFile(join(staging, 'summary.md'), `${[tables.markdown, '', ...skippedLines].join('\n')}\n`);
    await writeFile(join(staging, 'summary.txt'), `${[tables.text, '', ...skippedLines].join('\n')}\n`);
    output.say();
    output.result(tables.text);
    for (const line of skippedLines) output.result(line);
  });
  output.result(`Lab folder: ${displayPath(folder, io.cwd)}`);
  return { folder, rows, skipped };
}
