import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { comparisonBarsSpec } from '@digitlab/metrics';
import type { RunFlags } from '../flags/run-options';
import { type CommandContext, displayPath } from '../io/command-context';
import { checkRecipe } from '../recipes/check-recipe';
import type { Recipe } from '../recipes/recipe';
import { renderCharts } from '../report/render-chart';
import { type FinishedRun, trainAndWrite } from '../run/train-and-write';
import { claimRunFolder, releaseClaim } from '../run-folder/run-claim';
import { chooseRunFolder } from '../run-folder/run-folder-path';
import { writeFolderAtomically } from '../run-folder/staged-folder';
import { comparisonHtml } from './comparison-html';
import { type ComparisonTable, compareTable, type Tabulate } from './comparison-tables';

/** Names and titles a comparison. */
export interface ComparisonInfo {
  /** Ends the folder name, e.g. `'compare'` or `'mlp'`. */
  readonly name: string;
  readonly title: string;
}

/** The runs of a comparison and its table. */
export interface ComparisonResult {
  readonly finished: readonly FinishedRun[];
  readonly table: ComparisonTable;
}

/**
 * Trains each recipe in turn into `folder/<recipe name>`, then writes comparison.json / .md / .txt, the
 * test-error chart (SVG and PNG) and report.html into `folder` (a staging folder: the caller renames it).
 */
export async function writeComparison(
  recipes: readonly Recipe[],
  info: ComparisonInfo,
  folder: string,
  flags: RunFlags,
  context: CommandContext,
  tabulate: Tabulate = compareTable,
): Promise<ComparisonResult> {
  const { output } = context;
  const finished: FinishedRun[] = [];
  for (const [index, recipe] of recipes.entries()) {
    output.say(output.errorColors.dim(`\nRun ${index + 1} of ${recipes.length}`));
    finished.push(await trainAndWrite(recipe, join(folder, recipe.name), flags, context, { brief: true }));
  }
  const table = tabulate(finished.map((run) => run.summary));
  const [chart] = await renderCharts([
    {
      name: 'comparison',
      title: 'Test error',
      spec: comparisonBarsSpec(table.rows, { title: 'Test error' }),
    },
  ]);
  await writeFile(join(folder, 'comparison.json'), `${JSON.stringify(table.rows, null, 2)}\n`);
  await writeFile(join(folder, 'comparison.md'), `${table.markdown}\n`);
  await writeFile(join(folder, 'comparison.txt'), `${table.text}\n`);
  await writeFile(join(folder, 'comparison.svg'), chart!.svg);
  await writeFile(join(folder, 'comparison.png'), chart!.png);
  await writeFile(join(folder, 'report.html'), comparisonHtml(info.title, table, chart!));
  return { finished, table };
}

/**
 * Trains each recipe in turn, then prints, saves and returns the comparison table. The comparison folder holds one
 * run folder per recipe, comparison.json / .md / .txt, the test-error chart (SVG and PNG) and report.html.
 */
export async function runComparison(
  recipes: readonly Recipe[],
  info: ComparisonInfo,
  flags: RunFlags,
  context: CommandContext,
  tabulate: Tabulate = compareTable,
): Promise<ComparisonResult> {
  const { io, output } = context;
  for (const recipe of recipes) checkRecipe(recipe);
  const folder = await chooseRunFolder({ cwd: io.cwd, name: info.name, date: io.now(), out: flags.out });
  // Claimed (free, writable, locked against a second run) before any data loads.
  const claim = await claimRunFolder(folder);
  let result: ComparisonResult | undefined;
  await writeFolderAtomically(folder, async (staging) => {
    result = await writeComparison(recipes, info, staging, flags, context, tabulate);
  }).finally(() => releaseClaim(claim, true));
  const { table, finished } = result!;
  output.result(table.text);
  output.result(`Comparison folder: ${displayPath(folder, io.cwd)}`);
  output.document({
    ok: true,
    command: context.command,
    folder,
    comparison: table.rows,
    runs: finished.map((run, i) => ({ folder: join(folder, recipes[i]!.name), ...run.metrics })),
  });
  return result!;
}
