import { join } from 'node:path';
import { FileError } from '../errors/file-error';
import { jsonObject, readJsonObject } from '../io/read-json-object';
import type { ModelLocation } from './model-files';

/** What `evaluate` and `predict` read back from a run folder: its metrics.json, or a diverged run's record. */
export interface SavedRunInfo {
  readonly dataset: string | undefined;
  readonly classNames: readonly string[] | undefined;
  readonly seed: number | undefined;
  readonly testSplit: number | undefined;
  /** Whether MNIST / Fashion-MNIST were pooled and split at random (seed 004's protocol). */
  readonly pooled: boolean;
  /**
   * For a run that diverged (its folder has diagnosis.json): the epoch whose weights its model holds, the last
   * with a finite loss (0: the initial weights).
   */
  readonly divergedWeightsEpoch: number | undefined;
}

/** A run folder's JSON file, or undefined when it is absent; one that is not JSON names the file, not its content. */
const readJson = (file: string) =>
  readJsonObject(file, (error) => new FileError(file, 'is not valid JSON', error.name));
const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);

/**
 * The data set, class names and split of the run that trained a model, when it came from a run folder: from
 * metrics.json, or for a run that diverged (no metrics.json) from its run.json recipe and diagnosis.json.
 */
export async function readRunInfo(location: ModelLocation): Promise<SavedRunInfo> {
  const none = {
    dataset: undefined,
    classNames: undefined,
    seed: undefined,
    testSplit: undefined,
    pooled: false,
    divergedWeightsEpoch: undefined,
  };
  const { runFolder } = location;
  if (runFolder === undefined) return none;
  const metrics = await readJson(join(runFolder, 'metrics.json'));
  if (metrics !== undefined) {
    const dataset = jsonObject(metrics.dataset);
    const settings = jsonObject(metrics.settings);
    return {
      ...none,
      dataset: typeof dataset.name === 'string' ? dataset.name : undefined,
      classNames: Array.isArray(dataset.classNames) ? dataset.classNames.map(String) : undefined,
      seed: numberOr(settings.seed),
      testSplit: numberOr(settings.testSplit),
      pooled: settings.pooled === true,
    };
  }
  const diagnosis = await readJson(join(runFolder, 'diagnosis.json'));
  const record = diagnosis === undefined ? undefined : await readJson(join(runFolder, 'run.json'));
  if (diagnosis === undefined || record === undefined) return none;
  const recipe = jsonObject(record.recipe);
  return {
    ...none,
    dataset: typeof recipe.dataset === 'string' ? recipe.dataset : undefined,
    seed: numberOr(recipe.seed),
    testSplit: numberOr(recipe.testSplit),
    pooled: recipe.pooled === true,
    divergedWeightsEpoch: numberOr(jsonObject(diagnosis.model).weightsAfterEpoch) ?? 0,
  };
}

/** What `evaluate` and `predict` say about the model of a run that diverged. */
export function divergedModelNote(weightsEpoch: number): string {
  const weights =
    weightsEpoch === 0
      ? 'its initial weights (no epoch finished)'
      : `the weights after epoch ${weightsEpoch}, the last with a finite loss`;
  return `This run diverged: its model holds ${weights}`;
}
