import { createModel, InputLayer, layers, Sequential } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeakedTensors } from '../../test-support/expect-no-leaked-tensors';
import { syntheticSamples } from '../../test-support/test-models';
import { setupBackend } from '../backend/setup-backend';
import { captureCheckpoint } from '../checkpoint/capture-checkpoint';
import type { TrainingCheckpoint } from '../checkpoint/training-checkpoint';
import { FusedEngineError } from '../errors/fused-engine-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { TrainingAbortedError } from '../errors/training-aborted-error';
import { fit } from './fit';

const data = syntheticSamples(64, 784, 10, 9);

describe('choosing the engine', () => {
  // Setting a backend up loads tfjs-core's gradients: seconds on a machine busy with other test files.
  beforeAll(async () => {
    await setupBackend('wasm');
  }, 60_000);
  afterAll(async () => {
    await setupBackend('cpu');
  }, 60_000);
  // Every test here creates tensors (models, weights, optimizer state): none may outlive it.
  expectNoLeakedTensors();

  it("'auto' picks the fused engine on wasm for a covered model and tfjs for the hand-written MLP", async () => {
    const model = createModel('mlp', { seed: 1, inputShape: [784] });
    const history = await fit(model, data, { batchSize: 32, optimizer: 'adam', seed: 1, threads: 2 });
    expect(history).toMatchObject({ engine: 'fused', threads: 2 });
    expect(history.backend).toBe('wasm');
    model.dispose();
    const scratch = createModel('scratch-mlp', { seed: 1, inputShape: [784] });
    const scratchHistory = await fit(scratch, data, { batchSize: 32, optimizer: 'sgd', seed: 1 });
    expect(scratchHistory).toMatchObject({ engine: 'tfjs', threads: 1 });
    scratch.dispose();
  });

  it("'auto' falls back to tfjs for what the engine lacks; 'fused' says what and what to do", async () => {
    const model = new Sequential({
      name: 'inner-softmax',
      seed: 1,
      layers: [
        new InputLayer({ shape: [784] }),
        layers.dense({ units: 4, activation: 'softmax' }),
        layers.dense({ units: 10, activation: 'softmax' }),
      ],
    }).build();
    const history = await fit(model, data, { batchSize: 32, seed: 1 });
    expect(history).toMatchObject({ engine: 'tfjs', threads: 1 });
    const error = await fit(model, data, { engine: 'fused' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FusedEngineError);
    expect((error as FusedEngineError).reason).toBe('softmax is supported only on the output layer');
    expect((error as Error).message).toMatch(/use engine: 'auto' or 'tfjs'/);
    model.dispose();
    const mlp = createModel('mlp', { seed: 1, inputShape: [784] });
    const adamax = await fit(mlp, data, { engine: 'fused', optimizer: 'adamax' }).catch(
      (caught: unknown) => caught,
    );
    expect((adamax as FusedEngineError).reason).toMatch(/no Adamax optimizer/);
    const centred = await fit(mlp, data, {
      engine: 'fused',
      optimizer: { name: 'rmsprop', centered: true },
    }).catch((caught: unknown) => caught);
    expect((centred as FusedEngineError).reason).toMatch(/centred RMSprop/);
    mlp.dispose();
  });

  it("leaves batches too big for the engine's memory to tfjs under 'auto', and says so under 'fused'", async () => {
    const model = createModel('two-conv-cnn', { seed: 1 });
    const images = { images: new Uint8Array(784 * 20_000), labels: new Uint8Array(20_000), maxValue: 255 };
    // 20,000 samples a batch would need ~30 GiB of im2col buffers; the check runs before any is made.
    const error = await fit(model, images, { batchSize: 20_000, engine: 'fused', threads: 1 }).catch(
      (caught: unknown) => caught,
    );
    expect((error as FusedEngineError).reason).toMatch(
      /^batches of 20000 need \d+\.\d GiB .* use a smaller batchSize$/,
    );
    model.dispose();
  });

  it("resolves the threads once: 1 by default for a small model, never more than a batch's rows", async () => {
    // 784 x 10 multiply-adds a sample, 125,440 a batch of 16: under the threading threshold.
    const small = new Sequential({
      name: 'small-dense',
      seed: 1,
      layers: [new InputLayer({ shape: [784] }), layers.dense({ units: 10, activation: 'softmax' })],
    }).build();
    const history = await fit(small, data, { batchSize: 16, seed: 1 });
    expect(history).toMatchObject({ engine: 'fused', threads: 1 });
    small.dispose();
    const model = createModel('mlp', { seed: 1, inputShape: [784] });
    const three = syntheticSamples(3, 784, 10, 9);
    const clamped = await fit(model, three, { batchSize: 32, seed: 1, threads: 4 });
    expect(clamped).toMatchObject({ engine: 'fused', threads: 3 });
    const tfjs = await fit(model, three, { engine: 'tfjs', threads: 4 });
    expect(tfjs).toMatchObject({ engine: 'tfjs', threads: 1 });
    model.dispose();
  });

  it('rejects a bad engine or thread count with the received value', async () => {
    const model = createModel('mlp', { seed: 1, inputShape: [784] });
    await expect(fit(model, data, { engine: 'gpu' as never })).rejects.toThrow(InvalidOptionError);
    await expect(fit(model, data, { engine: 'gpu' as never })).rejects.toThrow(/gpu/);
    await expect(fit(model, data, { threads: 0 })).rejects.toThrow(/threads.*integer >= 1/);
    await expect(fit(model, data, { threads: 1.5 })).rejects.toThrow(InvalidOptionError);
    model.dispose();
  });

  it('dropout masks are seeded: the same seed repeats the run, another seed changes it', async () => {
    const run = async (seed: number) => {
      const model = createModel('dropout-cnn', { seed: 5 });
      const history = await fit(model, data, {
        batchSize: 32,
        optimizer: 'adam',
        seed,
        engine: 'fused',
        threads: 2,
      });
      model.dispose();
      return history.history.loss[0]!;
    };
    const first = await run(1);
    expect(Number.isFinite(first)).toBe(true);
    expect(await run(1)).toBe(first);
    expect(await run(2)).not.toBe(first);
  });

  it('checkpoints taken from the fused engine resume to the uninterrupted run', async () => {
    const options = { batchSize: 16, optimizer: 'adam', seed: 4, engine: 'fused', threads: 2 } as const;
    const straight = createModel('lenet5', { seed: 3 });
    await fit(straight, data, { ...options, epochs: 2 });
    const first = createModel('lenet5', { seed: 3 });
    let checkpoint: TrainingCheckpoint | undefined;
    await fit(first, data, {
      ...options,
      epochs: 1,
      callbacks: [
        { onEpochEnd: async ({ context }) => void (checkpoint = await captureCheckpoint(context, 1)) },
      ],
    });
    const resumed = createModel('lenet5', { seed: 99 });
    await fit(resumed, data, { ...options, epochs: 2, resumeFrom: checkpoint! });
    const [a, b] = [straight.getWeights(), resumed.getWeights()];
    for (const [i, tensor] of a.entries()) {
      expect(Array.from(b[i]!.dataSync())).toEqual(Array.from(tensor.dataSync()));
    }
    tf.dispose([...a, ...b]);
    for (const model of [straight, first, resumed]) model.dispose();
  });

  it('an abort leaves the weights trained so far in the model', async () => {
    const model = createModel('mlp', { seed: 1, inputShape: [784] });
    const initial = model.getWeights();
    const controller = new AbortController();
    const error = await fit(model, data, {
      batchSize: 16,
      epochs: 3,
      engine: 'fused',
      signal: controller.signal,
      callbacks: [
        {
          onBatchEnd: ({ batch }) => {
            if (batch === 1) controller.abort('enough');
          },
        },
      ],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TrainingAbortedError);
    const trained = model.getWeights();
    expect(Array.from(trained[0]!.dataSync())).not.toEqual(Array.from(initial[0]!.dataSync()));
    tf.dispose([...initial, ...trained]);
    model.dispose();
  });
});
