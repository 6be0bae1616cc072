import { loadFashionMnist, selectSamples } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setupBackend } from '../backend/setup-backend';
import { fit } from './fit';

// Debian's Fashion-MNIST files are installed on our machines and in CI; the loader reads them offline.
describe('LeNet-5 on wasm', () => {
  it('trains: the loss falls over a few epochs on a Fashion-MNIST slice', async () => {
    const info = await setupBackend('wasm');
    expect(info.kernels.map((kernel) => kernel.kernelName)).toContain('Conv2DBackpropFilter');
    const all = await loadFashionMnist({ split: 'test', offline: true });
    const slice = selectSamples(
      all,
      Array.from({ length: 512 }, (_, i) => i),
    );
    const before = tf.memory().numTensors;
    const model = createModel('lenet5', { seed: 1 });
    const history = await fit(model, slice, { epochs: 3, batchSize: 64, optimizer: 'adam', seed: 1 });
    expect(history.backend).toBe('wasm');
    expect(history.history.loss[2]).toBeLessThan(history.history.loss[0]! * 0.8);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
