import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareRuns, comparisonBarsSpec } from '@digitlab/metrics';
import { type CommandContext, displayPath } from '../commands/command-context';
import { type FinishedRun, trainAndWrite } from '../commands/train-and-write';
import type { RunFlags } from '../commands/training-options';
import { checkRecipe } from '../recipes/check-recipe';
import type { Recipe } from '../recipes/recipe';
import { renderCharts } from '../report/render-chart';
import { claimRunFolder, releaseClaim } from '../run-folder/run-claim';
import { chooseRunFolder } from '../run-folder/run-folder-path';
import { writeFolderAtomically } from '../run-folder/staged-folder';
import { comparisonHtml } from './comparison-html';

/** Names and titles a comparison. */
export interface ComparisonInfo {
  /** Ends the folder name, e.g. `'compare'` or `'mlp'`. */
  readonly name: string;
  readonly title: string;
}

/**
 * Trains each recipe in turn, then prints and saves the comparison table. The comparison folder holds one
 * run folder per recipe, comparison.json / .md / .txt, the test-error chart (SVG and PNG) and report.html.
 */
export async function runComparison(
  recipes: readonly Recipe[],
  info: ComparisonInfo,
  flags: RunFlags,
  context: CommandContext,
): Promise<void> {
  const { io, output } = context;
  for (const recipe of recipes) checkRecipe(recipe);
  const folder = await chooseRunFolder({ cwd: io.cwd, name: info.name, date: io.now(), out: flags.out });
  // Claimed (free, writable, locked against a second run) before any data loads.
  const claim = await claimRunFolder(folder);
  const finished: FinishedRun[] = [];
  let comparison: ReturnType<typeof compareRuns> | undefined;
  await writeFolderAtomically(folder, async (staging) => {
    for (const [index, recipe] of recipes.entries()) {
      output.say(output.errorColors.dim(`\nRun ${index + 1} of ${recipes.length}`));
      finished.push(await trainAndWrite(recipe, join(staging, recipe.name), flags, context, { brief: true }));
    }
    comparison = compareRuns(finished.map((run) => run.summary));
    const [chart] = await renderCharts([
      {
        name: 'comparison',
        title: 'Test error',
        spec: comparisonBarsSpec(comparison.rows, { title: 'Test error' }),
      },
    ]);
    await writeFile(join(staging, 'comparison.json'), `${JSON.stringify(comparison.rows, null, 2)}\n`);
    await writeFile(join(staging, 'comparison.md'), `${comparison.markdown}\n`);
    await writeFile(join(staging, 'comparison.txt'), `${comparison.text}\n`);
    await writeFile(join(staging, 'comparison.svg'), chart!.svg);
    await writeFile(join(staging, 'comparison.png'), chart!.png);
    await writeFile(join(staging, 'report.html'), comparisonHtml(info.title, comparison, chart!));
  }).finally(() => releaseClaim(claim, true));
  output.result(comparison!.text);
  output.result(`Comparison folder: ${displayPath(folder, io.cwd)}`);
  output.document({
    ok: true,
    command: context.command,
    folder,
    comparison: comparison!.rows,
    runs: finished.map((run, i) => ({ folder: join(folder, recipes[i]!.name), ...run.metrics })),
  });
}
