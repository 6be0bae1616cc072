import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { xorSamples } from '../../test-support/xor-samples';
import { setupBackend } from '../backend/setup-backend';
import { NonFiniteLossError } from '../errors/non-finite-loss-error';
import { TrainingAbortedError } from '../errors/training-aborted-error';
import { fit } from '../training/fit';
import { terminateOnNaN } from './terminate-on-nan';
import { textProgress } from './text-progress';
import type { TrainingCallback } from './training-callback';

const data = xorSamples(40, 1);

describe('training events', () => {
  it('calls the hooks in Keras order with progress numbers, and awaits async ones', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const events: string[] = [];
    let slowDone = false;
    const recorder: TrainingCallback = {
      onTrainBegin: ({ params }) => void events.push(`train ${params.epochs}x${params.steps}`),
      onEpochBegin: ({ epoch }) => void events.push(`epoch ${epoch}`),
      onBatchBegin: ({ batch, size }) => void events.push(`batch ${batch} (${size})`),
      onBatchEnd: ({ batch, batches, loss, batchLoss }) => {
        expect(slowDone).toBe(true);
        expect(Number.isFinite(loss) && Number.isFinite(batchLoss)).toBe(true);
        events.push(`end ${batch}/${batches}`);
      },
      onEpochEnd: ({ epoch, logs, seconds }) => {
        expect(seconds).toBeGreaterThan(0);
        events.push(`epoch end ${epoch} ${Object.keys(logs).join(',')}`);
      },
      onTrainEnd: ({ stopReason }) => void events.push(`done ${stopReason}`),
    };
    const slow: TrainingCallback = {
      onBatchBegin: async () => {
        slowDone = false;
        await new Promise((resolve) => setTimeout(resolve, 1));
        slowDone = true;
      },
    };
    await fit(model, data, { epochs: 2, batchSize: 25, seed: 1, callbacks: [slow, recorder] });
    expect(events).toEqual([
      'train 2x2',
      'epoch 0',
      'batch 0 (25)',
      'end 0/2',
      'batch 1 (15)',
      'end 1/2',
      'epoch end 0 loss,accuracy',
      'epoch 1',
      'batch 0 (25)',
      'end 0/2',
      'batch 1 (15)',
      'end 1/2',
      'epoch end 1 loss,accuracy',
      'done undefined',
    ]);
    model.dispose();
  });

  it('stopTraining from a batch ends the epoch there and records it', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const history = await fit(model, data, {
      epochs: 5,
      batchSize: 10,
      seed: 1,
      callbacks: [
        {
          onBatchEnd: ({ epoch, batch, context }) => {
            if (epoch === 1 && batch === 1) context.stopTraining('enough');
          },
        },
      ],
    });
    expect(history.epoch).toEqual([0, 1]);
    expect(history.stopReason).toBe('enough');
    model.dispose();
  });

  it('terminateOnNaN rejects with NonFiniteLossError naming the batch, and leaks nothing', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const before = tf.memory().numTensors;
    // NaN inputs are refused by fit, so the weights turn NaN after the first batch instead.
    const poison = {
      onBatchEnd: ({ batch }: { batch: number }) => {
        if (batch !== 0) return;
        const weights = model.getWeights();
        const nan = weights.map((w) => tf.fill(w.shape, Number.NaN));
        model.setWeights(nan);
        tf.dispose([...weights, ...nan]);
      },
    };
    const run = fit(model, data, {
      epochs: 3,
      batchSize: 10,
      engine: 'tfjs',
      stopOnNonFiniteLoss: false,
      callbacks: [poison, terminateOnNaN()],
    });
    await expect(run).rejects.toThrow(NonFiniteLossError);
    await expect(run).rejects.toMatchObject({ epoch: 0, batch: 1, loss: Number.NaN });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('an AbortSignal stops at the next batch: TrainingAbortedError with the finished epochs', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    let endReason: string | undefined;
    const run = fit(model, data, {
      epochs: 10,
      batchSize: 10,
      signal: controller.signal,
      callbacks: [
        { onEpochEnd: ({ epoch }) => void (epoch === 1 && controller.abort(new Error('user pressed stop'))) },
        { onTrainEnd: ({ stopReason }) => void (endReason = stopReason) },
      ],
    });
    const error = await run.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TrainingAbortedError);
    expect((error as TrainingAbortedError).history.epoch).toEqual([0, 1]);
    expect((error as Error).message).toMatch(/Received: reason=user pressed stop$/);
    expect(endReason).toBe('aborted');
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it("yields to the event loop so timers fire during training ('batch'), and not with 'never'", async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const ticksDuring = async (yieldEvery: 'batch' | 'never') => {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 0);
      let seen = 0;
      await fit(model, data, {
        epochs: 3,
        batchSize: 5,
        yieldEvery,
        callbacks: [{ onTrainEnd: () => void (seen = ticks) }],
      });
      clearInterval(timer);
      return seen;
    };
    expect(await ticksDuring('batch')).toBeGreaterThan(0);
    expect(await ticksDuring('never')).toBe(0);
    model.dispose();
  });

  it('textProgress prints one Keras-style line per epoch', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const lines: string[] = [];
    await fit(model, data, {
      epochs: 2,
      validationSplit: 0.25,
      seed: 1,
      callbacks: [textProgress({ print: (line) => lines.push(line) })],
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'Training tiny-mlp-2-4-1 on wasm: 30 samples, validating on 10, 1 batches of 32 per epoch',
    );
    expect(lines[2]).toMatch(
      /^Epoch 2\/2 - \d+\.\ds - loss: \d\.\d{4} - accuracy: \d\.\d{4} - val_loss: \d\.\d{4} - val_accuracy: \d\.\d{4}$/,
    );
    model.dispose();
  });
});
