// The page script of the browser benchmark and test: trains a catalog model on the wasm backend with the
// engine asked for, on the Fashion-MNIST images the harness serves, and reports the median step time.

import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { setupBackend } from '../../dist/index.js';
import { trainTimed } from './train-timed.mjs';

setWasmPaths('/wasm/');

globalThis.digitlabTrain = async (options) => {
  await setupBackend('wasm');
  const { msPerStep, history } = await trainTimed(options);
  return {
    msPerStep,
    engine: history.engine,
    threads: history.threads,
    backend: history.backend,
    loss: history.history.loss[0],
    isolated: globalThis.crossOriginIsolated === true,
  };
};
