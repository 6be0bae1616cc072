import { loadFashionMnist } from '@digitlab/datasets';
import { createModel, type ModelName } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { fit } from '../src/training/fit';

/** One training of a catalog model on the first Fashion-MNIST test images, for the parity tests. */
export interface FashionRun {
  readonly name: ModelName;
  readonly engine: 'fused' | 'tfjs';
  readonly optimizer: 'sgd' | 'adam';
  /** @default the optimizer's own default */
  readonly learningRate?: number;
  /** Images 0 .. samples - 1 of the test split. */
  readonly samples: number;
  readonly epochs: number;
  /** Pass the pixels as a Float32Array (0..255, still with `maxValue: 255`) instead of bytes. @default false */
  readonly floats?: boolean;
}

/**
 * Trains `run.name` (model seed 9; batch 32, seed 3, one thread) and returns its losses, final weights and
 * engine. Debian's Fashion-MNIST files are installed on our machines and in CI; they load offline.
 */
export async function trainOnFashion(run: FashionRun) {
  const { name, engine, optimizer, learningRate, samples, epochs, floats = false } = run;
  const all = await loadFashionMnist({ split: 'test', offline: true });
  const pixels = all.images.subarray(0, samples * 784);
  const data = {
    x: floats ? Float32Array.from(pixels) : pixels,
    y: all.labels.subarray(0, samples),
    maxValue: 255,
  };
  const model = createModel(name, { seed: 9 });
  const history = await fit(model, data, {
    epochs,
    batchSize: 32,
    seed: 3,
    optimizer,
    ...(learningRate === undefined ? {} : { learningRate }),
    engine,
    threads: 1,
  });
  const weights = model.getWeights();
  const values = weights.map((tensor) => Float32Array.from(tensor.dataSync()));
  tf.dispose(weights);
  model.dispose();
  return { loss: history.history.loss, values, engine: history.engine, threads: history.threads };
}
