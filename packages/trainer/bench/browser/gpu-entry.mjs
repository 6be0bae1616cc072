// The page script of the GPU benchmark: trains a catalog model on WebGPU or WebGL, as asked, on the
// Fashion-MNIST images the harness serves, and reports the median step time and the device the backend
// computes on (a software renderer counts as the CPU, and is then not measured).
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { createModel } from '@digitlab/models';
import { fit, setupBackend } from '../../dist/index.js';

globalThis.digitlabTrain = async ({ backend, model: name, warmup }) => {
  let info;
  try {
    info = await setupBackend(backend);
  } catch (error) {
    return { backend, available: false, why: error.message };
  }
  if (info.device.device !== 'gpu') return { backend, available: false, why: info.device.description };
  const buffer = await (await fetch('/data.bin')).arrayBuffer();
  const count = new Uint32Array(buffer, 0, 1)[0];
  const images = new Uint8Array(buffer, 4, count * 784);
  const labels = new Uint8Array(buffer, 4 + count * 784, count);
  const model = createModel(name, { seed: 1, inputShape: name === 'mlp' ? [784] : [28, 28, 1] });
  const stamps = [];
  await fit(
    model,
    { images, labels, maxValue: 255 },
    {
      epochs: 1,
      batchSize: 128,
      optimizer: 'adam',
      seed: 1,
      callbacks: [{ onBatchEnd: () => stamps.push(performance.now()) }],
    },
  );
  model.dispose();
  const steps = stamps
    .slice(warmup)
    .map((stamp, i, all) => (i === 0 ? undefined : stamp - all[i - 1]))
    .slice(1)
    .sort((a, b) => a - b);
  return { backend, available: true, device: info.device.description, msPerStep: steps[steps.length >> 1] };
};
