import { mkdir } from 'node:fs/promises';
import { seedStudyTable } from '../comparison/comparison-tables';
import { writeComparison } from '../comparison/run-comparison';
import type { RunFlags } from '../flags/run-options';
import type { CommandContext } from '../io/command-context';
import type { Lab } from '../recipes/lab';
import { applyOverrides, type Recipe, type RecipeOverrides } from '../recipes/recipe';
import type { SeedFigure } from '../recipes/seed-figure';
import { type FinishedRun, trainAndWrite } from '../run/train-and-write';

/** One run of a lab with the recipe it ran and the seed figure it reproduces. */
export interface LabRun {
  readonly lab: Lab;
  readonly recipe: Recipe;
  readonly finished: FinishedRun;
  /** The seed's figure for this run, if the seed reports one. */
  readonly seedFigure: SeedFigure | undefined;
}

/** The recipes a lab runs: one, or one per optimizer it compares (unless an optimizer is forced). */
export function labRecipes(lab: Lab, overrides: RecipeOverrides): Recipe[] {
  if (lab.compareOptimizers === undefined || overrides.optimizer !== undefined) {
    return [applyOverrides(lab, overrides)];
  }
  return lab.compareOptimizers.map((run) =>
    applyOverrides(
      {
        ...lab,
        name: `${lab.name}-${run.name}`,
        optimizer: run.optimizer,
        learningRate: run.learningRate,
        optimizerOptions: run.options,
      },
      overrides,
    ),
  );
}

/** The seed figure of one of a lab's runs: by run name for a study, else the lab's own. */
export function seedFigureOf(lab: Lab, recipe: Recipe): SeedFigure | undefined {
  if (lab.compareOptimizers === undefined) return lab.seedFigures[0];
  return lab.seedFigures.find((figure) => `${lab.name}-${figure.run}` === recipe.name);
}

/**
 * Runs a lab into `folder` (created; the caller stages it): one run folder, or for a lab that compares
 * optimizers one run folder per optimizer and seed 004's summary table (comparison.md/.txt/.json, chart).
 */
export async function runLabInto(
  lab: Lab,
  overrides: RecipeOverrides,
  folder: string,
  flags: RunFlags,
  context: CommandContext,
): Promise<LabRun[]> {
  const recipes = labRecipes(lab, overrides);
  await mkdir(folder, { recursive: true });
  const finished =
    recipes.length === 1
      ? [await trainAndWrite(recipes[0]!, folder, flags, context, { brief: true })]
      : (await writeComparison(recipes, lab, folder, flags, context, seedStudyTable)).finished;
  return finished.map((run, i) => ({
    lab,
    recipe: recipes[i]!,
    finished: run,
    seedFigure: seedFigureOf(lab, recipes[i]!),
  }));
}
