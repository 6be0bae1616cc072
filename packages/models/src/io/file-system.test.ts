import '@tensorflow/tfjs-backend-cpu';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oneStageCnn } from '../catalog/one-stage-cnn';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ModelFileError } from '../errors/model-file-error';
import { ModelFormatError } from '../errors/model-format-error';
import { WeightsPathError } from '../errors/weights-path-error';
import { WeightsSizeError } from '../errors/weights-size-error';
import { fileSystem } from './file-system';
import { loadModel } from './load-model';
import { save } from './save';

const outputsEqual = async (a: tf.Tensor, b: tf.Tensor) => {
  const [x, y] = await Promise.all([a.data(), b.data()]);
  tf.dispose([a, b]);
  return Array.from(x).every((value, i) => Math.abs(value - y[i]!) < 1e-6);
};

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

describe('fileSystem', () => {
  let directory: string;
  let start: number;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'digitlab-models-'));
    start = tf.memory().numTensors;
  });
  afterEach(async () => {
    expect(tf.memory().numTensors).toBe(start);
    await rm(directory, { recursive: true, force: true });
  });

  /** Saves a small model into `<directory>/model` and returns that folder. */
  const saved = async () => {
    const model = oneStageCnn({ seed: 1 });
    const folder = join(directory, 'model');
    await save(model, fileSystem(folder));
    model.dispose();
    return folder;
  };

  it('writes model.json and weights.bin atomically, and loads them back', async () => {
    const model = oneStageCnn({ seed: 1 });
    const folder = join(directory, 'nested', 'model');
    const result = await save(model, fileSystem(folder));
    expect(result.modelArtifactsInfo.weightDataBytes).toBe(510 * 4);
    expect((await readdir(folder)).sort()).toEqual(['model.json', 'weights.bin']);
    const json = JSON.parse(await readFile(join(folder, 'model.json'), 'utf8'));
    expect(json).toMatchObject({
      format: 'layers-model',
      convertedBy: null,
      modelTopology: {
        class_name: 'Sequential',
        config: { name: 'one-stage-cnn' },
        backend: 'tensor_flow.js',
      },
      weightsManifest: [{ paths: ['weights.bin'] }],
    });
    expect(json.weightsManifest[0].weights.map((w: { name: string }) => w.name)).toEqual([
      'conv2d_1/kernel',
      'conv2d_1/bias',
      'dense_1/kernel',
      'dense_1/bias',
    ]);
    const loaded = await loadModel(fileSystem(folder));
    expect(loaded.getConfig().layers.map((layer) => layer.className)).toEqual(
      model.getConfig().layers.map((layer) => layer.className),
    );
    const x = tf.randomUniform([3, 8, 8, 1], 0, 1, 'float32', 1);
    expect(await outputsEqual(model.predict(x), loaded.predict(x))).toBe(true);
    tf.dispose(x);
    model.dispose();
    loaded.dispose();
  });

  it('writes files that tfjs-layers reads without our loader', async () => {
    const folder = await saved();
    const json = JSON.parse(await readFile(join(folder, 'model.json'), 'utf8')) as tf.io.ModelJSON;
    const weights = await readFile(join(folder, 'weights.bin'));
    const artifacts = await tf.io.getModelArtifactsForJSON(json, async (manifest) => [
      tf.io.getWeightSpecs(manifest),
      new Uint8Array(weights).buffer,
    ]);
    const theirs = await tfl.loadLayersModel(tf.io.fromMemory(artifacts));
    const ours = await loadModel(fileSystem(folder));
    const x = tf.randomUniform([2, 8, 8, 1], 0, 1, 'float32', 4);
    expect(await outputsEqual(ours.predict(x), theirs.predict(x) as tf.Tensor)).toBe(true);
    tf.dispose(x);
    theirs.dispose();
    ours.dispose();
  });

  it('serves tfjs-layers both ways: it loads our files and saves files we load', async () => {
    const folder = await saved();
    const theirs = await tfl.loadLayersModel(fileSystem(folder));
    expect(theirs.countParams()).toBe(510);
    await theirs.save(fileSystem(join(directory, 'theirs')));
    const ours = await loadModel(fileSystem(join(directory, 'theirs')));
    const x = tf.randomUniform([2, 8, 8, 1], 0, 1, 'float32', 2);
    expect(await outputsEqual(ours.predict(x), theirs.predict(x) as tf.Tensor)).toBe(true);
    tf.dispose(x);
    theirs.dispose();
    ours.dispose();
  });

  it('rejects a model.json that is not JSON or has no topology with a ModelFormatError', async () => {
    const folder = await saved();
    await writeFile(join(folder, 'model.json'), '{"modelTopology": {"class_name": "Seq');
    const error = await rejection(loadModel(fileSystem(folder)));
    expect(error).toBeInstanceOf(ModelFormatError);
    expect((error as ModelFormatError).location).toMatch(/model\.json$/);
    // Its content is never echoed: model.json could be anything.
    expect((error as Error).message).toMatch(/is not valid JSON\. Received: 37 characters, SyntaxError$/);
    await writeFile(join(folder, 'model.json'), '{"weightsManifest": []}');
    expect(await rejection(loadModel(fileSystem(folder)))).toBeInstanceOf(ModelFormatError);
    await writeFile(join(folder, 'model.json'), '{"modelTopology": {}, "weightsManifest": [{"paths": [1]}]}');
    expect(await rejection(loadModel(fileSystem(folder)))).toMatchObject({ name: 'ModelFormatError' });
  });

  it('rejects a weights file of the wrong size with a WeightsSizeError', async () => {
    const folder = await saved();
    const weights = await readFile(join(folder, 'weights.bin'));
    await writeFile(join(folder, 'weights.bin'), weights.subarray(0, weights.byteLength - 8));
    const error = await rejection(loadModel(fileSystem(folder)));
    expect(error).toBeInstanceOf(WeightsSizeError);
    expect(error).toMatchObject({ expectedBytes: 2040, receivedBytes: 2032 });
    expect((error as Error).message).toMatch(/Received: 2032 bytes$/);
  });

  it.each([
    ['a parent path', '../outside.bin'],
    ['an absolute path', '/etc/hostname'],
    ['a path through the parent', 'sub/../../outside.bin'],
  ])('rejects %s in the weights manifest with a WeightsPathError', async (_, weightsPath) => {
    const folder = await saved();
    await writeFile(join(directory, 'outside.bin'), new Uint8Array(2040));
    const json = JSON.parse(await readFile(join(folder, 'model.json'), 'utf8'));
    json.weightsManifest[0].paths = [weightsPath];
    await writeFile(join(folder, 'model.json'), JSON.stringify(json));
    const error = await rejection(loadModel(fileSystem(folder)));
    expect(error).toBeInstanceOf(WeightsPathError);
    expect(error).toMatchObject({ path: weightsPath });
  });

  it('rejects a weights file that links out of the folder', async () => {
    const folder = await saved();
    await writeFile(join(directory, 'outside.bin'), await readFile(join(folder, 'weights.bin')));
    await mkdir(join(folder, 'sub'));
    await symlink(join(directory, 'outside.bin'), join(folder, 'sub', 'weights.bin'));
    const json = JSON.parse(await readFile(join(folder, 'model.json'), 'utf8'));
    json.weightsManifest[0].paths = ['sub/weights.bin'];
    await writeFile(join(folder, 'model.json'), JSON.stringify(json));
    expect(await rejection(loadModel(fileSystem(folder)))).toBeInstanceOf(WeightsPathError);
  });

  it('refuses a model.json that is a symbolic link or a FIFO, and a folder that is not one, with ModelFileError', async () => {
    const folder = await saved();
    await writeFile(join(directory, 'secret.txt'), 'root:x:0:0:secret');
    await rm(join(folder, 'model.json'));
    await symlink(join(directory, 'secret.txt'), join(folder, 'model.json'));
    const linked = await rejection(loadModel(fileSystem(folder)));
    expect(linked).toBeInstanceOf(ModelFileError);
    expect(linked).toMatchObject({ code: 'SYMLINK' });
    expect((linked as Error).message).not.toMatch(/secret/);
    await rm(join(folder, 'model.json'));
    execFileSync('mkfifo', [join(folder, 'model.json')]);
    expect(await rejection(loadModel(fileSystem(folder)))).toMatchObject({ code: 'NOTFILE' });
    const notFolder = join(directory, 'secret.txt', 'model');
    expect(await rejection(loadModel(fileSystem(notFolder)))).toMatchObject({
      code: 'ENOTDIR',
      path: notFolder,
    });
    expect(await rejection(loadModel(fileSystem(join(directory, 'absent'))))).toMatchObject({
      code: 'ENOENT',
    });
  });

  it('refuses a topology far larger than its weights before any layer allocates', async () => {
    const folder = await saved();
    const json = JSON.parse(await readFile(join(folder, 'model.json'), 'utf8'));
    const layers = json.modelTopology.model_config?.config.layers ?? json.modelTopology.config.layers;
    const dense = layers.find((layer: { class_name: string }) => layer.class_name === 'Dense');
    dense.config.units = 200_000_000;
    await writeFile(join(folder, 'model.json'), JSON.stringify(json));
    const before = tf.memory();
    const error = await rejection(loadModel(fileSystem(folder)));
    expect(error).toBeInstanceOf(ModelFormatError);
    expect((error as Error).message).toMatch(
      /must have the shape \[\d+,200000000\] that the topology gives it/,
    );
    expect(tf.memory().numTensors).toBe(before.numTensors);
    expect(tf.memory().numBytes).toBe(before.numBytes);
  });

  it('refuses a model.json over maxModelJsonBytes before reading it, naming the option; a larger limit loads it', async () => {
    const folder = await saved();
    const json = JSON.parse(await readFile(join(folder, 'model.json'), 'utf8'));
    // Valid JSON past the default 16 MiB: padding in the free-form metadata field.
    json.userDefinedMetadata = { padding: ' '.repeat(17 * 1024 * 1024) };
    await writeFile(join(folder, 'model.json'), JSON.stringify(json));
    const size = (await stat(join(folder, 'model.json'))).size;
    const error = await rejection(loadModel(fileSystem(folder)));
    expect(error).toBeInstanceOf(ModelFileError);
    expect(error).toMatchObject({
      code: 'TOOLARGE',
      limit: { bytes: 16 * 1024 * 1024, option: 'maxModelJsonBytes' },
    });
    expect((error as Error).message).toMatch(
      new RegExp(
        `is larger than the limit of 16777216 bytes; if it is genuine, raise \`maxModelJsonBytes\`. Received: ${size} bytes$`,
      ),
    );
    const small = await rejection(loadModel(fileSystem(folder, { maxModelJsonBytes: 1000 })));
    expect((small as Error).message).toMatch(/limit of 1000 bytes/);
    const model = await loadModel(fileSystem(folder, { maxModelJsonBytes: 32 * 1024 * 1024 }));
    expect(model.name).toBe('one-stage-cnn');
    model.dispose();
  });

  it('checks its options: maxModelJsonBytes a positive whole number, no unknown keys', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => fileSystem(directory, { maxModelJsonBytes: bad })).toThrow(
        /fileSystem: `maxModelJsonBytes` must be a positive whole number/,
      );
    }
    expect(() => fileSystem(directory, { maxModelJsonByte: 5 } as never)).toThrow(InvalidOptionError);
    expect(() => fileSystem(directory, { maxModelJsonByte: 5 } as never)).toThrow(/maxModelJsonBytes/);
  });

  it('takes a plain weights file name only', () => {
    expect(() => fileSystem(directory, { weightsFileName: '../w.bin' })).toThrow(InvalidOptionError);
    expect(Object.keys(fileSystem(directory, { weightsFileName: 'group1-shard1of1.bin' }))).toEqual([
      'save',
      'load',
    ]);
  });
});
