// The page script of the GPU benchmark: trains a catalog model on WebGPU or WebGL, as asked, and reports
// the median step time and the device the backend computes on. A software renderer computes on the CPU:
// it is reported as no GPU, never timed as one.
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setupBackend } from '../../dist/index.js';
import { trainTimed } from './train-timed.mjs';

globalThis.digitlabTrain = async ({ backend, model, warmup }) => {
  let info;
  try {
    info = await setupBackend(backend);
  } catch (error) {
    return { backend, available: false, why: error.message };
  }
  if (info.device.device !== 'gpu') return { backend, available: false, why: info.device.description };
  const { msPerStep } = await trainTimed({ model, warmup });
  return { backend, available: true, device: info.device.description, msPerStep };
};
