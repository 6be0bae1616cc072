import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { xorSamples } from '../../test-support/xor-samples';
import { setupBackend } from '../backend/setup-backend';
import { modelCheckpoint } from '../callbacks/model-checkpoint';
import { CheckpointError } from '../errors/checkpoint-error';
import { fit } from '../training/fit';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-codec';
import { memoryCheckpointStore } from './checkpoint-store';
import { fileCheckpointStore } from './file-checkpoint-store';

const folder = mkdtempSync(join(tmpdir(), 'trainer-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('checkpoint stores', () => {
  it('saveBestOnly keeps the best epoch by the monitored quantity; every epoch otherwise', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 6, 1], seed: 1 });
    const best = memoryCheckpointStore();
    const every = memoryCheckpointStore();
    const saved: number[] = [];
    const spy = {
      ...every,
      save: async (checkpoint: Parameters<typeof every.save>[0]) => void saved.push(checkpoint.epoch),
    };
    const history = await fit(model, xorSamples(60, 1), {
      epochs: 6,
      optimizer: 'sgd',
      learningRate: 3,
      validationData: xorSamples(20, 2, true),
      seed: 1,
      callbacks: [modelCheckpoint({ store: best, saveBestOnly: true }), modelCheckpoint({ store: spy })],
    });
    expect(saved).toEqual([1, 2, 3, 4, 5, 6]);
    const losses = history.history.val_loss!;
    expect(best.latest!.epoch).toBe(losses.indexOf(Math.min(...losses)) + 1);
    expect(best.latest!.history.epoch).toHaveLength(best.latest!.epoch);
    model.dispose();
  });

  it('encodes losslessly, writes atomically, and names a corrupt file', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 3, 1], seed: 1 });
    const store = memoryCheckpointStore();
    await fit(model, xorSamples(20, 1), {
      epochs: 1,
      seed: 1,
      callbacks: [modelCheckpoint({ store, monitor: 'loss' })],
    });
    const checkpoint = store.latest!;
    expect(decodeCheckpoint(encodeCheckpoint(checkpoint), 'x')).toEqual(checkpoint);
    const path = join(folder, 'run.json');
    await fileCheckpointStore(path).save(checkpoint);
    await fileCheckpointStore(path).save(checkpoint);
    expect(readdirSync(folder)).toEqual(['run.json']);
    expect(await fileCheckpointStore(path).load()).toEqual(checkpoint);
    writeFileSync(join(folder, 'bad.json'), '{"format":');
    await expect(fileCheckpointStore(join(folder, 'bad.json')).load()).rejects.toThrow(CheckpointError);
    expect(tf.memory().numTensors).toBe(model.trainableWeights.length);
    model.dispose();
  });
});
