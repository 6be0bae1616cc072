import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileSystem, loadModel, ScratchMlp, type Sequential, save } from '@digitlab/models';
import { FileError } from '../errors/file-error';
import { ModelNotFoundError } from '../errors/model-not-found-error';

/** A model the CLI trains: a catalog `Sequential`, or the hand-written MLP. */
export type CliModel = Sequential | ScratchMlp;

/**
 * What digitlab records in model.json's `userDefinedMetadata` (the TF.js Layers format's free-form field,
 * which tfjs-layers keeps too): how raw inputs were scaled in training, so `predict` scales the same way.
 */
export interface ModelMetadata {
  /** The raw feature value that maps to 1: inputs were divided by it (16 for the digits, 255 for MNIST). */
  readonly inputMaxValue: number;
}

/** Saves a model in the TF.js Layers format (model.json + weights.bin) in `folder`, with its metadata. */
export async function saveModelFolder(
  model: CliModel,
  folder: string,
  metadata: ModelMetadata,
): Promise<void> {
  const files = fileSystem(folder);
  const handler = {
    save: (artifacts: Parameters<NonNullable<typeof files.save>>[0]) =>
      files.save!({ ...artifacts, userDefinedMetadata: { ...metadata } }),
  };
  if (model instanceof ScratchMlp) {
    // The hand-written MLP is saved as the equivalent Dense stack, which any TF.js Layers reader loads.
    const sequential = model.toSequential();
    try {
      await save(sequential, handler);
    } finally {
      sequential.dispose();
    }
    return;
  }
  await save(model, handler);
}

/** The metadata saved with a model, or undefined for a folder saved before digitlab recorded it. */
export async function readModelMetadata(location: ModelLocation): Promise<ModelMetadata | undefined> {
  const json = JSON.parse(await readFile(join(location.modelFolder, 'model.json'), 'utf8'));
  const maxValue = json.userDefinedMetadata?.inputMaxValue;
  return typeof maxValue === 'number' && maxValue > 0 ? { inputMaxValue: maxValue } : undefined;
}

/** Where a saved model is: its folder, and the run folder around it when there is one. */
export interface ModelLocation {
  /** The folder holding model.json. */
  readonly modelFolder: string;
  /** The run folder (with metrics.json) when the path given was one. */
  readonly runFolder: string | undefined;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Finds the model in a run folder (`model/model.json`) or a model folder (`model.json`). */
export async function locateModel(path: string, cwd: string): Promise<ModelLocation> {
  const folder = resolve(cwd, path);
  if (await exists(join(folder, 'model', 'model.json'))) {
    return { modelFolder: join(folder, 'model'), runFolder: folder };
  }
  if (await exists(join(folder, 'model.json'))) return { modelFolder: folder, runFolder: undefined };
  throw new ModelNotFoundError(path);
}

/** Loads the model at a location (a backend must be set up). */
export function loadModelFolder(location: ModelLocation): Promise<Sequential> {
  return loadModel(fileSystem(location.modelFolder));
}

/** What `evaluate` and `predict` read back from a run folder's metrics.json. */
export interface SavedRunInfo {
  readonly dataset: string | undefined;
  readonly classNames: readonly string[] | undefined;
  readonly seed: number | undefined;
  readonly testSplit: number | undefined;
  /** Whether MNIST / Fashion-MNIST were pooled and split at random (seed 004's protocol). */
  readonly pooled: boolean;
}

/** The data set, class names and split of the run that trained a model, when it came from a run folder. */
export async function readRunInfo(location: ModelLocation): Promise<SavedRunInfo> {
  const none = {
    dataset: undefined,
    classNames: undefined,
    seed: undefined,
    testSplit: undefined,
    pooled: false,
  };
  if (location.runFolder === undefined) return none;
  let text: string;
  try {
    text = await readFile(join(location.runFolder, 'metrics.json'), 'utf8');
  } catch (error) {
    // A run folder copied without its metrics still has a usable model.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return none;
    throw error;
  }
  let metrics: {
    dataset?: { name?: string; classNames?: string[] };
    settings?: { seed?: number; testSplit?: number | null; pooled?: boolean };
  };
  try {
    metrics = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the file; say where it is broken, not what it holds.
    throw new FileError(join(location.runFolder, 'metrics.json'), 'is not valid JSON', (error as Error).name);
  }
  return {
    dataset: metrics.dataset?.name,
    classNames: metrics.dataset?.classNames,
    seed: metrics.settings?.seed,
    testSplit: metrics.settings?.testSplit ?? undefined,
    pooled: metrics.settings?.pooled === true,
  };
}
