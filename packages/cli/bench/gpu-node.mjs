// `pnpm bench:gpu` (Node part): LeNet-5 and the MLP 784-300-10 per Fashion-MNIST epoch (469 batches of 128,
// Adam) on @tensorflow/tfjs-node-gpu, found where the CLI finds it, when it runs on a CUDA GPU. Extrapolated
// from the median of the timed batches, after warm-up batches (cuDNN picks its algorithms on the first
// ones). BENCH_STEPS and BENCH_MODELS (e.g. `mlp`) shorten it. Says plainly, and exits 0, when there is no GPU backend to measure. Runs against ./dist.
import { loadFashionMnist } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import { fit } from '@digitlab/trainer';
import { setupCliBackend } from '../dist/index.js';

const warmup = 10;
const steps = Number(process.env.BENCH_STEPS ?? 60);
const batchSize = 128;
const stepsPerEpoch = 469;

let backend;
try {
  backend = await setupCliBackend('tensorflow');
} catch (error) {
  console.log(`No GPU backend in Node: ${error.message.split('\n')[0]}`);
  console.log(
    'Install @tensorflow/tfjs-node-gpu (see the backends guide) on a machine with CUDA to measure.',
  );
  process.exit(0);
}
const from = backend.installed
  ? `${backend.installed.name} ${backend.installed.version}`
  : 'a registered backend';
if (backend.device.device !== 'gpu') {
  console.log(`No GPU backend in Node: ${from} loaded but computes on ${backend.device.description}.`);
  process.exit(0);
}
const train = await loadFashionMnist({ split: 'train', offline: true });
const count = (warmup + steps + 1) * batchSize;
const rows = [];
for (const name of (process.env.BENCH_MODELS ?? 'lenet5,mlp').split(',')) {
  const model = createModel(name, { seed: 1, inputShape: name === 'mlp' ? [784] : [28, 28, 1] });
  const stamps = [];
  await fit(
    model,
    {
      images: train.images.subarray(0, count * 784),
      labels: train.labels.subarray(0, count),
      maxValue: 255,
    },
    {
      epochs: 1,
      batchSize,
      optimizer: 'adam',
      seed: 1,
      callbacks: [{ onBatchEnd: () => stamps.push(performance.now()) }],
    },
  );
  model.dispose();
  const gaps = stamps
    .slice(warmup)
    .slice(1)
    .map((stamp, i) => stamp - stamps[warmup + i])
    .sort((a, b) => a - b);
  const msPerStep = gaps[gaps.length >> 1];
  rows.push({ model: name, msPerStep, secondsPerEpoch: (msPerStep * stepsPerEpoch) / 1000 });
}
console.log(`GPU time in Node: ${from} on ${backend.device.description}.`);
console.log(
  `Seconds per Fashion-MNIST epoch (${stepsPerEpoch} batches of ${batchSize}, Adam), median of ${steps} batches:\n`,
);
console.log('| model | ms per batch | s per epoch |');
console.log('| --- | ---: | ---: |');
for (const row of rows) {
  console.log(`| ${row.model} | ${row.msPerStep.toFixed(2)} | ${row.secondsPerEpoch.toFixed(1)} |`);
}
