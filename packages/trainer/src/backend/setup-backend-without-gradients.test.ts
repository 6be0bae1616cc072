import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { createTinyMlp } from '../../test-support/tiny-mlp';
import { xorSamples } from '../../test-support/xor-samples';
import { fit } from '../training/fit';
import { predict } from '../training/predict';
import { gradientsRegistered } from './register-gradients';
import { setupBackend } from './setup-backend';

// A file of its own: vitest runs each file in a fresh worker, so no other test has registered gradients.
describe('setupBackend({ gradients: false })', () => {
  it('skips the gradients for inference, and fit registers them when it needs them', async () => {
    await setupBackend('cpu', { gradients: false });
    expect(gradientsRegistered()).toBe(false);
    const before = tf.memory().numTensors;
    const model = createTinyMlp({ units: [2, 4, 2] });
    const data = xorSamples(16, 3);
    expect((await predict(model, data)).count).toBe(16);
    expect(gradientsRegistered()).toBe(false);
    const history = await fit(model, data, { epochs: 1, batchSize: 8, seed: 1 });
    expect(gradientsRegistered()).toBe(true);
    expect(history.history.loss).toHaveLength(1);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
