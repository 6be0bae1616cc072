import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileSystem, loadModel, ModelFileError, ScratchMlp, type Sequential, save } from '@digitlab/models';
import { FileLimitError } from '../errors/file-limit-error';
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

/**
 * Loads the model at a location (a backend must be set up); a model.json over `maxModelJsonBytes` (the
 * library's default when undefined) is refused naming `--max-model-json-mib`, the flag that raises it.
 */
export async function loadModelFolder(
  location: ModelLocation,
  maxModelJsonBytes: number | undefined,
): Promise<Sequential> {
  const options = maxModelJsonBytes === undefined ? {} : { maxModelJsonBytes };
  return loadModel(fileSystem(location.modelFolder, options)).catch((error: unknown) => {
    if (!(error instanceof ModelFileError && error.limit?.option === 'maxModelJsonBytes')) throw error;
    const flag = '--max-model-json-mib';
    throw new FileLimitError(error.path, error.limit.bytes, flag, String(error.received), { cause: error });
  });
}
