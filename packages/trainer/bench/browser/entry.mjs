// The page script of the browser benchmark and test: trains a catalog model on the wasm backend with the
// engine asked for, on the Fashion-MNIST images the harness serves, and reports the median step time.

import { createModel } from '@digitlab/models';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fit, setupBackend } from '../../dist/index.js';

setWasmPaths('/wasm/');

globalThis.digitlabTrain = async ({ model: name, engine, threads, warmup }) => {
  await setupBackend('wasm');
  const buffer = await (await fetch('/data.bin')).arrayBuffer();
  const count = new Uint32Array(buffer, 0, 1)[0];
  const images = new Uint8Array(buffer, 4, count * 784);
  const labels = new Uint8Array(buffer, 4 + count * 784, count);
  const model = createModel(name, { seed: 1, inputShape: name === 'mlp' ? [784] : [28, 28, 1] });
  const stamps = [];
  const history = await fit(
    model,
    { images, labels, maxValue: 255 },
    {
      epochs: 1,
      batchSize: 128,
      optimizer: 'adam',
      seed: 1,
      engine,
      ...(threads === undefined ? {} : { threads }),
      callbacks: [{ onBatchEnd: () => stamps.push(performance.now()) }],
    },
  );
  model.dispose();
  const steps = stamps
    .slice(warmup - 1)
    .map((stamp, i, all) => (i === 0 ? undefined : stamp - all[i - 1]))
    .slice(1)
    .sort((a, b) => a - b);
  return {
    msPerStep: steps[steps.length >> 1],
    engine: history.engine,
    backend: history.backend,
    loss: history.history.loss[0],
    isolated: globalThis.crossOriginIsolated === true,
  };
};
