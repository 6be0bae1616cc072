import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { xorSamples } from '../../test-support/xor-samples';
import { setupBackend } from '../backend/setup-backend';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { EpochLogs } from '../history/history';
import { evaluate } from '../training/evaluate';
import { fit } from '../training/fit';
import { type EarlyStoppingOptions, earlyStopping } from './early-stopping';
import type { TrainingCallback, TrainingContext } from './training-callback';

/** Feeds a series of epoch logs to the callback the way fit does; the epoch it stopped at, or -1. */
async function stopsAt(options: EarlyStoppingOptions, series: Partial<EpochLogs>[]): Promise<number> {
  const callback: TrainingCallback = earlyStopping(options);
  let stoppedAt = -1;
  const context = {
    stopTraining: () => void (stoppedAt = stoppedAt < 0 ? epoch : stoppedAt),
  } as unknown as TrainingContext;
  let epoch = 0;
  await callback.onTrainBegin?.({ context, params: {} as never });
  for (; epoch < series.length && stoppedAt < 0; epoch++) {
    await callback.onEpochEnd?.({
      context,
      epoch,
      epochs: series.length,
      logs: { loss: 0, ...series[epoch] },
      seconds: 0,
    });
  }
  return stoppedAt;
}

describe('earlyStopping', () => {
  it("stops after `patience` epochs without improvement (Keras' docstring example: 4 epochs)", async () => {
    // The Keras example's loss grows every epoch; with patience 3 training stops in its 4th epoch.
    expect(
      await stopsAt(
        { monitor: 'loss', patience: 3 },
        [1, 2, 3, 4, 5, 6].map((loss) => ({ loss })),
      ),
    ).toBe(3);
  });

  it('counts an improvement only beyond minDelta, in the direction of mode', async () => {
    const slowly = [1, 0.99, 0.98, 0.97].map((value) => ({ val_loss: value }));
    expect(await stopsAt({ patience: 1 }, slowly)).toBe(-1);
    expect(await stopsAt({ patience: 1, minDelta: 0.05 }, slowly)).toBe(1);
    const rising = [0.5, 0.6, 0.7].map((value) => ({ val_accuracy: value }));
    expect(await stopsAt({ monitor: 'val_accuracy', patience: 1 }, rising)).toBe(-1);
    expect(await stopsAt({ monitor: 'val_accuracy', mode: 'min', patience: 1 }, rising)).toBe(1);
  });

  it('does not reset its patience for improvements that miss the baseline', async () => {
    const series = [0.9, 0.8, 0.8, 0.8].map((value) => ({ val_loss: value }));
    expect(await stopsAt({ patience: 2 }, series)).toBe(3);
    expect(await stopsAt({ patience: 2, baseline: 0.5 }, series)).toBe(2);
  });

  it('rejects a quantity the fit does not log, and bad options', async () => {
    await expect(stopsAt({}, [{ loss: 1 }])).rejects.toThrow(/Received: monitor="val_loss"$/);
    expect(() => earlyStopping({ patience: -1 })).toThrow(InvalidOptionError);
    expect(() => earlyStopping({ mode: 'up' as never })).toThrow(InvalidOptionError);
  });

  it('restoreBestWeights puts back the best epoch (tfjs-layers throws "not implemented")', async () => {
    await setupBackend('wasm');
    const before = tf.memory().numTensors;
    const model = createTinyMlp({ units: [2, 8, 1], seed: 3 });
    // Validating on inverted labels: the better the model learns XOR, the worse val_loss gets.
    const validationData = xorSamples(40, 2, true);
    const history = await fit(model, xorSamples(200, 1), {
      epochs: 30,
      optimizer: 'adam',
      learningRate: 0.05,
      validationData,
      seed: 1,
      callbacks: [earlyStopping({ patience: 2, restoreBestWeights: true })],
    });
    const losses = history.history.val_loss!;
    const best = Math.min(...losses);
    expect(history.epoch.length).toBeLessThan(30);
    expect(history.stopReason).toMatch(/^early stopping: val_loss did not improve/);
    expect(losses.at(-1)).toBeGreaterThan(best);
    expect((await evaluate(model, validationData)).loss).toBeCloseTo(best, 6);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
