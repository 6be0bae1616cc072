import { join } from 'node:path';
import type { RunFlags } from '../flags/run-options';
import { type CommandContext, displayPath } from '../io/command-context';
import { checkRecipe } from '../recipes/check-recipe';
import type { Recipe } from '../recipes/recipe';
import { type FinishedRun, trainAndWrite } from '../run/train-and-write';
import { claimRunFolder, type RunClaim, releaseClaim } from '../run-folder/run-claim';
import { chooseRunFolder } from '../run-folder/run-folder-path';
import { writeRunRecord } from '../run-folder/run-record';
import { compareTable, type TableName, type Tabulate, tabulations } from './comparison-tables';
import { finishClaimedComparison } from './resumable-comparison';
import { type ComparisonInfo, type ComparisonResult, writeComparisonFiles } from './write-comparison-files';

export type { ComparisonInfo, ComparisonResult };

/**
 * Trains each recipe in turn into `folder/<recipe name>`, then writes the comparison files into `folder` (a
 * staging folder: the caller renames it). No checkpoints: for `lab all`, which stages all its labs at once.
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
  return { finished, table: await writeComparisonFiles(finished, info, folder, tabulate) };
}

/** Prints and returns a finished comparison (`--json`: the table and each run's metrics). */
export function reportComparison(
  result: ComparisonResult,
  recipes: readonly Recipe[],
  claim: RunClaim,
  context: CommandContext,
): ComparisonResult {
  const { io, output } = context;
  const { folder } = claim;
  output.result(result.table.text);
  output.result(`Comparison folder: ${displayPath(folder, io.cwd)}`);
  output.document({
    ok: true,
    command: context.command,
    folder,
    comparison: result.table.rows,
    runs: result.finished.map((run, i) => ({ folder: join(folder, recipes[i]!.name), ...run.metrics })),
  });
  return result;
}

/**
 * Trains each recipe in turn, then prints, saves and returns the comparison table. The comparison folder holds one
 * run folder per recipe, comparison.json / .md / .txt, the test-error chart (SVG and PNG) and report.html. It is
 * claimed before any data loads, and every run checkpoints each epoch beside it, so an interrupted or failed
 * comparison keeps its finished runs and the epochs of the unfinished one for `digitlab resume`.
 */
export async function runComparison(
  recipes: readonly Recipe[],
  info: ComparisonInfo,
  table: TableName,
  flags: RunFlags,
  context: CommandContext,
): Promise<ComparisonResult> {
  const { io } = context;
  for (const recipe of recipes) checkRecipe(recipe);
  const folder = await chooseRunFolder({ cwd: io.cwd, name: info.name, date: io.now(), out: flags.out });
  // Claimed (free, writable, locked against a second run) before any data loads.
  const claim = await claimRunFolder(folder);
  const { out: _, ...kept } = flags;
  const comparison = { name: info.name, title: info.title, table, recipes };
  await writeRunRecord(claim.staging, { command: context.command, comparison, flags: kept }).catch(
    async (error: unknown) => {
      await releaseClaim(claim, true);
      throw error;
    },
  );
  const result = await finishClaimedComparison(recipes, info, tabulations[table], flags, context, claim);
  return reportComparison(result, recipes, claim, context);
}
