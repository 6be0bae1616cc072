import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { xorSamples } from '../../test-support/xor-samples';
import { setupBackend } from '../backend/setup-backend';
import { earlyStopping } from '../callbacks/early-stopping';
import { textProgress } from '../callbacks/text-progress';
import { evaluate } from './evaluate';
import { fit } from './fit';
import { predict } from './predict';

describe.each(['cpu', 'wasm'] as const)('fit on %s', (backend) => {
  it('learns XOR', async () => {
    await setupBackend(backend);
    const before = tf.memory().numTensors;
    const model = createTinyMlp({ units: [2, 8, 1], seed: 3 });
    const history = await fit(model, xorSamples(200, 1), {
      epochs: 60,
      batchSize: 16,
      optimizer: 'adam',
      learningRate: 0.05,
      seed: 5,
    });
    const result = await evaluate(model, xorSamples(100, 2));
    expect(history.backend).toBe(backend);
    expect(history.history.loss.at(-1)).toBeLessThan(history.history.loss[0]!);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('fit options', () => {
  it('refuses bad options with InvalidOptionError naming the option and value', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 3, 2], seed: 1 });
    const data = xorSamples(20, 1);
    const cases: [Record<string, unknown>, string][] = [
      [{ epochs: 0 }, 'epochs'],
      [{ batchSize: 2.5 }, 'batchSize'],
      [{ validationSplit: 1 }, 'validationSplit'],
      [{ loss: 'hinge' }, 'loss'],
      [{ metrics: ['auc'] }, 'metrics'],
      [{ optimizer: createOptimizerLike(), learningRate: 0.1 }, 'learningRate'],
      [{ yieldEvery: 'sometimes' }, 'yieldEvery'],
      [{ epoch: 3 }, 'epoch'],
    ];
    for (const [options, option] of cases) {
      await expect(fit(model, data, options)).rejects.toMatchObject({
        name: 'InvalidOptionError',
        functionName: 'fit',
        option,
      });
    }
    await expect(fit(model, data, { epoch: 3 } as Record<string, unknown>)).rejects.toThrow(
      'fit: `epoch` is not an option (did you mean `epochs`?)',
    );
    // Every options object users pass is checked the same way.
    await expect(evaluate(model, data, { batch_size: 8 } as Record<string, unknown>)).rejects.toThrow(
      'evaluate: `batch_size` is not an option (did you mean `batchSize`?)',
    );
    await expect(predict(model, data, { batchsize: 8 } as Record<string, unknown>)).rejects.toThrow(
      'predict: `batchsize` is not an option (did you mean `batchSize`?)',
    );
    expect(() => earlyStopping({ patients: 2 } as Record<string, unknown>)).toThrow(
      'earlyStopping: `patients` is not an option (did you mean `patience`?)',
    );
    expect(() => textProgress({ log: console.log } as Record<string, unknown>)).toThrow(
      'textProgress: `log` is not an option; the options are print',
    );
    await expect(setupBackend('cpu', { gradient: false } as Record<string, unknown>)).rejects.toThrow(
      'setupBackend: `gradient` is not an option (did you mean `gradients`?)',
    );
    const ownGradients = createTinyMlp({ units: [2, 1], ownGradients: true, output: 'sigmoid' });
    await expect(fit(ownGradients, data)).rejects.toThrow(/must be categorical for tiny-mlp-2-1/);
    model.dispose();
    ownGradients.dispose();
  });

  it('a model with its own gradients gets them applied by the optimizer', async () => {
    await setupBackend('wasm');
    const model = createTinyMlp({ units: [2, 2], ownGradients: true, seed: 1 });
    const data = { x: Float32Array.from([0, 0, 0, 1, 1, 0, 1, 1]), y: Uint8Array.from([0, 1, 1, 1]) };
    const history = await fit(model, data, {
      epochs: 30,
      batchSize: 4,
      optimizer: 'sgd',
      learningRate: 1,
      seed: 1,
    });
    expect(history.history.loss.at(-1)).toBeLessThan(history.history.loss[0]! / 2);
    model.dispose();
  });
});

function createOptimizerLike(): tf.Optimizer {
  return tf.train.sgd(0.1);
}
