import { checkRecipe } from '../recipes/check-recipe';
import type { Recipe } from '../recipes/recipe';
import { chooseRunFolder } from '../run-folder/run-folder-path';
import { checkFolderFree } from '../run-folder/staged-folder';
import { type CommandContext, displayPath } from './command-context';
import { type FinishedRun, trainAndWrite } from './train-and-write';
import type { RunFlags } from './training-options';

/** Trains one recipe, prints its results and writes its run folder; `--json` gets metrics.json plus the folder. */
export async function runSingle(
  recipe: Recipe,
  flags: RunFlags,
  context: CommandContext,
): Promise<FinishedRun> {
  const { io, output } = context;
  checkRecipe(recipe);
  const folder = await chooseRunFolder({ cwd: io.cwd, name: recipe.name, date: io.now(), out: flags.out });
  await checkFolderFree(folder);
  const finished = await trainAndWrite(recipe, folder, flags, context);
  output.result(`Run folder: ${displayPath(folder, io.cwd)}`);
  output.document({ ok: true, command: context.command, runFolder: folder, ...finished.metrics });
  return finished;
}
