import { requireNodeBuiltin } from '@digitlab/spec';
import * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ModelFileError, modelFileError } from '../errors/model-file-error';
import { ModelFormatError } from '../errors/model-format-error';
import { WeightsPathError } from '../errors/weights-path-error';
import { WeightsSizeError } from '../errors/weights-size-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { readRegularFile } from './read-regular-file';
import { weightsByteLength } from './weights-byte-length';

/** Options of {@link fileSystem}. */
export interface FileSystemOptions {
  /**
   * Name of the weights file written next to model.json.
   * @default 'weights.bin'
   */
  weightsFileName?: string;
  /**
   * The most bytes model.json may hold when loading; a larger one is refused with a `ModelFileError`
   * (code `'TOOLARGE'`) before it is read. The biggest catalog model's model.json is about 10 kB.
   * @default 16777216 (16 MiB, {@link defaultMaxModelJsonBytes})
   */
  maxModelJsonBytes?: number;
}

/** Default of {@link FileSystemOptions.maxModelJsonBytes}: 16 MiB. */
export const defaultMaxModelJsonBytes = 16 * 1024 * 1024;

const fileSystemOptionKeys: OptionKeys<FileSystemOptions> = {
  weightsFileName: true,
  maxModelJsonBytes: true,
};

type Json = Record<string, unknown>;

type NodeModules = { fs: typeof import('node:fs/promises'); path: typeof import('node:path') };

// Through @digitlab/spec's requireNodeBuiltin: nothing is imported, so browser bundles never see node:fs.
const nodeModules = (): NodeModules => ({
  fs: requireNodeBuiltin<NodeModules['fs']>('node:fs/promises', 'fileSystem'),
  path: requireNodeBuiltin<NodeModules['path']>('node:path', 'fileSystem'),
});

/** Writes to a temporary file in the same folder, then renames it, so a reader never sees half a file. */
async function writeAtomically(target: string, contents: string | Uint8Array): Promise<void> {
  const { fs } = nodeModules();
  const temporary = `${target}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await fs.writeFile(temporary, contents);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

async function saveToDirectory(
  directory: string,
  artifacts: tf.io.ModelArtifacts,
  weightsFileName: string,
): Promise<tf.io.SaveResult> {
  const { fs, path } = nodeModules();
  if (artifacts.modelTopology instanceof ArrayBuffer || artifacts.modelTopology == null) {
    throw new InvalidOptionError(
      'fileSystem',
      'modelTopology',
      'must be a JSON topology',
      artifacts.modelTopology,
    );
  }
  const { weightSpecs = [], weightData = [], modelTopology, ...metadata } = artifacts;
  const modelJson = {
    modelTopology,
    ...metadata,
    weightsManifest: [{ paths: [weightsFileName], weights: weightSpecs }],
  };
  await fs.mkdir(directory, { recursive: true });
  // Weights first: model.json then only ever names a complete weights file.
  await writeAtomically(
    path.join(directory, weightsFileName),
    new Uint8Array(tf.io.CompositeArrayBuffer.join(weightData)),
  );
  await writeAtomically(path.join(directory, 'model.json'), JSON.stringify(modelJson));
  return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a value is, without its content: model.json may be anything, and is never echoed. */
const kindOf = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value);

function parseModelJson(text: string, location: string): tf.io.ModelJSON {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ModelFormatError(
      location,
      'is not valid JSON',
      `${text.length} characters, ${(error as Error).name}`,
    );
  }
  if (!isObject(parsed) || !isObject(parsed.modelTopology)) {
    const received = isObject(parsed) ? `modelTopology: ${kindOf(parsed.modelTopology)}` : kindOf(parsed);
    throw new ModelFormatError(location, 'needs a modelTopology object', received);
  }
  const manifest = parsed.weightsManifest;
  const validGroup = (group: unknown) =>
    isObject(group) &&
    Array.isArray(group.paths) &&
    group.paths.every((p) => typeof p === 'string') &&
    Array.isArray(group.weights);
  if (!Array.isArray(manifest) || !manifest.every(validGroup)) {
    throw new ModelFormatError(
      `${location} weightsManifest`,
      'must be a list of { paths, weights }',
      kindOf(manifest),
    );
  }
  return parsed as unknown as tf.io.ModelJSON;
}

/** Resolves a manifest path, refusing any that leaves the model's folder (also through symbolic links). */
async function resolveInside(root: string, weightsPath: string): Promise<string> {
  const { fs, path } = nodeModules();
  const inside = (file: string) => {
    const relative = path.relative(root, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  const file = path.resolve(root, weightsPath);
  if (path.isAbsolute(weightsPath) || !inside(file)) throw new WeightsPathError(root, weightsPath);
  const real = await fs.realpath(file).catch((error: unknown) => {
    throw modelFileError(file, error);
  });
  if (!inside(real)) throw new WeightsPathError(root, weightsPath);
  return real;
}

async function loadFromDirectory(
  directory: string,
  maxModelJsonBytes: number,
): Promise<tf.io.ModelArtifacts> {
  const { fs, path } = nodeModules();
  const root = await fs.realpath(directory).catch((error: unknown) => {
    throw modelFileError(directory, error);
  });
  const jsonPath = path.join(root, 'model.json');
  const jsonBytes = await readRegularFile(jsonPath, {
    bytes: maxModelJsonBytes,
    option: 'maxModelJsonBytes',
  });
  const modelJson = parseModelJson(new TextDecoder().decode(jsonBytes), jsonPath);
  const buffers: ArrayBuffer[] = [];
  for (const group of modelJson.weightsManifest) {
    const files = await Promise.all(group.paths.map((weightsPath) => resolveInside(root, weightsPath)));
    const expectedBytes = weightsByteLength(group.weights);
    // Sizes first: a weights file of the wrong length is refused before it is read.
    const sizes = await Promise.all(
      files.map((file) =>
        fs.stat(file).then(
          (info) => {
            if (!info.isFile()) throw new ModelFileError(file, 'NOTFILE');
            return info.size;
          },
          (error: unknown) => {
            throw modelFileError(file, error);
          },
        ),
      ),
    );
    const receivedBytes = sizes.reduce((total, size) => total + size, 0);
    if (receivedBytes !== expectedBytes) {
      throw new WeightsSizeError(files.join(', '), expectedBytes, receivedBytes);
    }
    for (const file of files)
      buffers.push((await readRegularFile(file, { bytes: expectedBytes })).buffer as ArrayBuffer);
  }
  return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => [
    tf.io.getWeightSpecs(manifest),
    tf.io.CompositeArrayBuffer.join(buffers),
  ]);
}

/**
 * A Node `tf.io.IOHandler` that saves a model as `model.json` + a weights file in `directory` (writing
 * temporary files, then renaming) and loads it back, refusing weights paths that leave the folder and
 * weights files of the wrong size and a model.json over `maxModelJsonBytes`. Works with {@link save}/{@link loadModel}
 * and with tfjs-layers alike.
 */
export function fileSystem(directory: string, options: FileSystemOptions = {}): tf.io.IOHandler {
  checkOptionKeys('fileSystem', options, fileSystemOptionKeys);
  const { weightsFileName = 'weights.bin', maxModelJsonBytes = defaultMaxModelJsonBytes } = options;
  if (!(Number.isSafeInteger(maxModelJsonBytes) && maxModelJsonBytes > 0)) {
    throw new InvalidOptionError(
      'fileSystem',
      'maxModelJsonBytes',
      'must be a positive whole number',
      maxModelJsonBytes,
    );
  }
  if (!/^[\w.-]+$/.test(weightsFileName) || weightsFileName.startsWith('.')) {
    throw new InvalidOptionError(
      'fileSystem',
      'weightsFileName',
      'must be a plain file name',
      weightsFileName,
    );
  }
  return {
    save: (artifacts) => saveToDirectory(directory, artifacts, weightsFileName),
    load: () => loadFromDirectory(directory, maxModelJsonBytes),
  };
}
