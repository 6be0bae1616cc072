// Shared by the browser pages: trains a catalog model for one epoch on the Fashion-MNIST images the
// harness serves, on whatever backend is set up, and returns the median batch time after `warmup`.
import { createModel } from '@digitlab/models';
import { fit } from '../../dist/index.js';

/** `{ msPerStep, history }` for one epoch of `model` (`'lenet5'` or `'mlp'`), batches of 128, Adam. */
export async function trainTimed({ model: name, engine, threads, warmup }) {
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
      ...(engine === undefined ? {} : { engine }),
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
  return { msPerStep: steps[steps.length >> 1], history };
}
