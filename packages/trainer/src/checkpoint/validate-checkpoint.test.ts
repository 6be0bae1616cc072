import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
import type { TrainingCheckpoint } from './training-checkpoint';

const folder = mkdtempSync(join(tmpdir(), 'trainer-validate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function checkpointAfter(epochs: number): Promise<TrainingCheckpoint> {
  await setupBackend('wasm');
  const model = createTinyMlp({ units: [2, 3, 1], seed: 1 });
  const store = memoryCheckpointStore();
  const callbacks = [modelCheckpoint({ store, monitor: 'loss' })];
  await fit(model, xorSamples(20, 1), { epochs, seed: 1, optimizer: 'adam', callbacks });
  model.dispose();
  return store.latest!;
}

// biome-ignore lint/suspicious/noExplicitAny: a checkpoint's JSON, edited field by field to break it.
type Json = Record<string, any>;

const caught = async (run: () => Promise<unknown>) =>
  run().then(
    () => undefined,
    (error: unknown) => error,
  );

describe('checkpoint validation', () => {
  it('refuses a bad epoch, missing fields and wrong value counts with a CheckpointError naming the field', async () => {
    const good = JSON.parse(encodeCheckpoint(await checkpointAfter(2)));
    const broken = (change: (json: Json) => void) => {
      const json = structuredClone(good);
      change(json);
      return () => decodeCheckpoint(JSON.stringify(json), 'run.json');
    };
    const cases: [(json: Json) => void, RegExp][] = [
      [(json) => void (json.epoch = -3), /invalid `epoch`.*Received: epoch=-3/],
      [(json) => void (json.history.epoch = [0, 1, -3]), /invalid `history.epoch`.*Received: \[0,1,-3\]/],
      [(json) => void delete json.seed, /invalid `seed`.*Received: seed=undefined/],
      [(json) => void delete json.history, /invalid `history`/],
      [(json) => void (json.weights[0].values = 'AAAAAA=='), /invalid `weights\[0\].values`.*Received: 1$/],
      [(json) => void (json.weights[1].shape = [-1]), /invalid `weights\[1\].shape`/],
      [(json) => void (json.optimizer = 'Adam'), /invalid `optimizer`/],
      [(json) => void (json.history.history.loss = [1]), /invalid `history.history.loss`/],
      [(json) => void (json.version = 2), /invalid `version`/],
    ];
    for (const [change, message] of cases) {
      const error = await caught(async () => broken(change)());
      expect(error).toBeInstanceOf(CheckpointError);
      expect((error as Error).message).toMatch(message);
    }
    const notJson = await caught(async () => decodeCheckpoint('{"secret": "hunter2"', 'run.json'));
    expect((notJson as Error).message).not.toMatch(/hunter2/);
  });

  it('refuses to resume into fewer epochs or with a wrong optimizer state count, leaking nothing', async () => {
    const checkpoint = await checkpointAfter(3);
    const model = createTinyMlp({ units: [2, 3, 1], seed: 1 });
    const before = tf.memory().numTensors;
    const data = xorSamples(20, 1);
    const fewer = await caught(() =>
      fit(model, data, { epochs: 2, optimizer: 'adam', resumeFrom: checkpoint }),
    );
    expect((fewer as Error).message).toMatch(/`epochs` must be at least the checkpoint's 3 completed epochs/);
    const truncated = {
      ...checkpoint,
      optimizer: { ...checkpoint.optimizer, weights: checkpoint.optimizer.weights.slice(0, 5) },
    };
    const slots = await caught(() =>
      fit(model, data, { epochs: 4, optimizer: 'adam', resumeFrom: truncated }),
    );
    expect(slots).toBeInstanceOf(CheckpointError);
    expect((slots as Error).message).toMatch(/holds 5 optimizer values, not the 3 or 11 of a Adam/);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('a failed save leaves no temporary file and keeps the previous checkpoint; a FIFO is refused', async () => {
    const checkpoint = await checkpointAfter(1);
    const path = join(folder, 'run.json');
    await fileCheckpointStore(path).save(checkpoint);
    // A folder in the way of the rename makes the save fail after the temporary file is written.
    const blocked = join(folder, 'blocked.json');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    const error = await caught(() => fileCheckpointStore(blocked).save(checkpoint));
    expect(error).toBeInstanceOf(CheckpointError);
    expect((error as Error).message).toMatch(/blocked.json could not be written/);
    expect(readdirSync(folder).sort()).toEqual(['blocked.json', 'run.json']);
    expect(await fileCheckpointStore(path).load()).toEqual(checkpoint);
    writeFileSync(join(folder, 'plain'), '');
    const fifo = join(folder, 'fifo');
    (await import('node:child_process')).execFileSync('mkfifo', [fifo]);
    expect(await caught(() => fileCheckpointStore(fifo).load())).toMatchObject({
      problem: 'is not a regular file',
    });
  });
});
