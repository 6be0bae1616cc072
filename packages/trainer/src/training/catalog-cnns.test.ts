import { createRandom } from '@digitlab/datasets';
import { createModel, type ModelName } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setupBackend } from '../backend/setup-backend';
import { fit } from './fit';

const cnns: [ModelName, number][] = [
  ['one-stage-cnn', 8],
  ['mnist-cnn', 28],
  ['dropout-cnn', 28],
  ['two-conv-cnn', 28],
  ['tiny-cnn', 28],
  ['lenet5', 28],
];

/** One SGD step from the same weights, seed and batch; the weights after it. */
async function oneStep(backend: 'cpu' | 'wasm', name: ModelName, size: number): Promise<Float32Array[]> {
  await setupBackend(backend);
  const random = createRandom(3);
  const data = {
    x: Float32Array.from({ length: 4 * size * size }, () => random.next()),
    y: Uint8Array.from({ length: 4 }, (_, i) => i),
  };
  const model = createModel(name, { seed: 1 });
  await fit(model, data, { epochs: 1, batchSize: 4, optimizer: 'sgd', learningRate: 0.1, seed: 1 });
  const weights = model.getWeights();
  const values = weights.map((weight) => weight.dataSync() as Float32Array);
  tf.dispose(weights);
  model.dispose();
  return values;
}

// Every CNN of the catalog trains on wasm (no kernel missing), and its step equals the cpu backend's.
describe('catalog CNNs on wasm', () => {
  it.each(cnns)('%s: one training step on wasm matches cpu', async (name, size) => {
    await setupBackend('cpu');
    const before = tf.memory().numTensors;
    const cpu = await oneStep('cpu', name, size);
    const wasm = await oneStep('wasm', name, size);
    expect(wasm.map((weight) => weight.length)).toEqual(cpu.map((weight) => weight.length));
    for (const [index, weight] of wasm.entries()) {
      let worst = 0;
      for (const [i, value] of weight.entries()) worst = Math.max(worst, Math.abs(value - cpu[index]![i]!));
      expect(worst).toBeLessThan(1e-4);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
