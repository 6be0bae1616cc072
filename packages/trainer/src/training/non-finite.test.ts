import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { xorSamples } from '../../test-support/xor-samples';
import { setupBackend } from '../backend/setup-backend';
import { NonFiniteLossError } from '../errors/non-finite-loss-error';
import { NonFiniteOutputError } from '../errors/non-finite-output-error';
import { TrainingDataError } from '../errors/training-data-error';
import { evaluate } from './evaluate';
import { fit } from './fit';
import { predict } from './predict';

const caught = async (run: () => Promise<unknown>) =>
  run().then(
    () => undefined,
    (error: unknown) => error,
  );

describe('non-finite values are errors, never results', () => {
  it('fit, evaluate and predict refuse NaN or infinite features and empty inputs, naming the value', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const before = tf.memory().numTensors;
    const data = xorSamples(20, 1);
    data.x[7] = Number.NaN;
    const error = await caught(() => fit(model, data, { epochs: 1, seed: 1 }));
    expect(error).toBeInstanceOf(TrainingDataError);
    expect(error).toMatchObject({ field: 'data.x', received: 'data.x[7]=NaN' });
    data.x[7] = Number.POSITIVE_INFINITY;
    expect(await caught(() => evaluate(model, data))).toMatchObject({ received: 'data.x[7]=Infinity' });
    expect(await caught(() => predict(model, { x: new Float32Array(0) }))).toBeInstanceOf(TrainingDataError);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('predict and evaluate refuse the NaN outputs of a diverged model', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 4, 3], seed: 1 });
    const weights = model.getWeights();
    model.setWeights(weights.map((w, i) => (i === 0 ? tf.fill(w.shape, Number.NaN) : w)));
    tf.dispose(weights);
    const before = tf.memory().numTensors;
    const data = { x: new Float32Array(40), y: new Uint8Array(20) };
    const predicted = await caught(() => predict(model, data, { batchSize: 8 }));
    expect(predicted).toBeInstanceOf(NonFiniteOutputError);
    expect(predicted).toMatchObject({ functionName: 'predict', quantity: 'output of sample 0' });
    expect(await caught(() => evaluate(model, data))).toMatchObject({
      functionName: 'evaluate',
      quantity: 'loss',
    });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('fit stops at the first non-finite batch loss with the epochs done; stopOnNonFiniteLoss: false trains on', async () => {
    await setupBackend('wasm');
    const data = xorSamples(64, 1);
    const options = { epochs: 4, batchSize: 8, optimizer: 'sgd', seed: 3, engine: 'tfjs' } as const;
    // After the second epoch the weights turn NaN (as an overflowing update leaves them).
    const poison = {
      onEpochEnd: ({
        context,
        epoch,
      }: {
        context: { model: ReturnType<typeof createTinyMlp> };
        epoch: number;
      }) => {
        if (epoch !== 1) return;
        const weights = context.model.getWeights();
        const nan = weights.map((w) => tf.fill(w.shape, Number.NaN));
        context.model.setWeights(nan);
        tf.dispose([...weights, ...nan]);
      },
    };
    let batches = 0;
    const counter = { onBatchEnd: () => void batches++ };
    const model = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const before = tf.memory().numTensors;
    const error = await caught(() => fit(model, data, { ...options, callbacks: [poison, counter] }));
    expect(error).toBeInstanceOf(NonFiniteLossError);
    const { history, epoch, batch } = error as NonFiniteLossError;
    expect([epoch, batch, batches]).toEqual([2, 0, 16]);
    expect(history!.epoch).toHaveLength(epoch);
    expect(history!.stopReason).toBe('non-finite loss');
    expect(tf.memory().numTensors).toBe(before);
    const onward = createTinyMlp({ units: [2, 4, 1], seed: 1 });
    const trained = await fit(onward, data, { ...options, callbacks: [poison], stopOnNonFiniteLoss: false });
    expect(trained.epoch).toEqual([0, 1, 2, 3]);
    expect(Number.isNaN(trained.history.loss.at(-1))).toBe(true);
    onward.dispose();
    model.dispose();
  });
});
