import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '@digitlab/datasets';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { setupBackend } from '../backend/setup-backend';
import { modelCheckpoint } from '../callbacks/model-checkpoint';
import { CheckpointError } from '../errors/checkpoint-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { TrainingAbortedError } from '../errors/training-aborted-error';
import { fit } from '../training/fit';
import { fileCheckpointStore } from './file-checkpoint-store';

const folder = mkdtempSync(join(tmpdir(), 'trainer-resume-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const random = createRandom(4);
const data = {
  x: Float32Array.from({ length: 400 }, () => random.next()),
  y: Uint8Array.from({ length: 200 }, (_, i) => i % 3),
};
const options = { epochs: 6, batchSize: 16, optimizer: 'adam', validationSplit: 0.2 } as const;

async function weightsOf(model: ReturnType<typeof createTinyMlp>): Promise<number[][]> {
  const weights = model.getWeights();
  const values = await Promise.all(weights.map(async (weight) => Array.from(await weight.data())));
  tf.dispose(weights);
  return values;
}

describe('checkpoint and resume', () => {
  it('a run killed after epoch 3 and resumed from its checkpoint ends with the uninterrupted weights', async () => {
    await setupBackend('wasm');
    const before = tf.memory().numTensors;
    const reference = createTinyMlp({ units: [2, 12, 3], dropout: 0.3, seed: 1 });
    const full = await fit(reference, data, { ...options, seed: 7 });

    const path = join(folder, 'run.json');
    const interrupted = createTinyMlp({ units: [2, 12, 3], dropout: 0.3, seed: 1 });
    const controller = new AbortController();
    const killAfterThird = {
      onEpochEnd: ({ epoch }: { epoch: number }) => void (epoch === 2 && controller.abort()),
    };
    const aborted = fit(interrupted, data, {
      ...options,
      seed: 7,
      signal: controller.signal,
      callbacks: [modelCheckpoint({ store: fileCheckpointStore(path) }), killAfterThird],
    });
    await expect(aborted).rejects.toThrow(TrainingAbortedError);
    interrupted.dispose();

    // A new process: a model built with another seed, everything else from the file.
    const checkpoint = await fileCheckpointStore(path).load();
    expect(checkpoint?.epoch).toBe(3);
    const resumed = createTinyMlp({ units: [2, 12, 3], dropout: 0.3, seed: 99 });
    const history = await fit(resumed, data, { ...options, resumeFrom: checkpoint });

    expect(history.epoch).toEqual([0, 1, 2, 3, 4, 5]);
    expect(history.seed).toBe(7);
    expect(history.history.loss).toEqual(full.history.loss);
    expect(await weightsOf(resumed)).toEqual(await weightsOf(reference));
    reference.dispose();
    resumed.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a checkpoint of another model, another optimizer or another seed', async () => {
    await setupBackend('wasm');
    const path = join(folder, 'other.json');
    const model = createTinyMlp({ units: [2, 4, 3], seed: 1 });
    await fit(model, data, {
      epochs: 1,
      seed: 3,
      callbacks: [modelCheckpoint({ store: fileCheckpointStore(path), monitor: 'loss' })],
    });
    const checkpoint = await fileCheckpointStore(path).load();
    const other = createTinyMlp({ units: [2, 5, 3], seed: 1 });
    await expect(fit(other, data, { epochs: 2, resumeFrom: checkpoint })).rejects.toThrow(CheckpointError);
    await expect(
      fit(model, data, { epochs: 2, optimizer: 'sgd', resumeFrom: checkpoint }),
    ).rejects.toMatchObject({
      name: 'CheckpointError',
      location: 'resumeFrom',
    });
    await expect(fit(model, data, { epochs: 2, seed: 4, resumeFrom: checkpoint })).rejects.toThrow(
      InvalidOptionError,
    );
    model.dispose();
    other.dispose();
  });

  it('reads a missing file as no checkpoint', async () => {
    expect(await fileCheckpointStore(join(folder, 'none.json')).load()).toBeUndefined();
  });
});
