// `pnpm bench`: seconds per Fashion-MNIST epoch of LeNet-5 and MLP 784-300-10 (batch 128, Adam) on wasm and
// cpu, the trainer side by side with stock tfjs-layers `model.fit` on the same backend and kernels, and
// with PyTorch when /usr/bin/python3 can import torch. A fixed number of batches is timed after a warm-up and
// extrapolated to the 469 batches of an epoch (a full stock-cpu LeNet epoch would take over half an hour).
// Each side runs `rounds` times in alternating order and keeps its best median step: the machine is shared.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { loadFashionMnist } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { fit, setupBackend } from '../dist/index.js';
import { layersLenet5, layersMlp } from './layers-models.mjs';
import { bestOf, firstSamples, stepClock } from './time-steps.mjs';
import { writeResults } from './write-results.mjs';

const batchSize = 128;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const stepsPerEpoch = Math.ceil(60_000 / batchSize);
// [warm-up, timed] batches per backend: cpu LeNet steps take ~1 s, so fewer are timed there.
const plan = { wasm: { lenet5: [5, 40], mlp: [5, 40] }, cpu: { lenet5: [3, 12], mlp: [5, 30] } };
const layersModels = { lenet5: layersLenet5, mlp: layersMlp };
const inputShapes = { lenet5: [28, 28, 1], mlp: [784] };

const train = await loadFashionMnist({ split: 'train', offline: true });
const torch = torchAvailable();
const rows = [];
for (const backend of ['wasm', 'cpu']) {
  await setupBackend(backend);
  for (const model of ['lenet5', 'mlp']) {
    const [warmup, steps] = plan[backend][model];
    const data = firstSamples(train, (warmup + steps) * batchSize);
    const best = await bestOf(rounds, {
      trainer: () => timeTrainer(model, data, warmup),
      layers: () => timeLayers(model, data, warmup),
      torch1: async () => (torch.ok ? timeTorch(model, warmup, steps, 1) : undefined),
      torch2: async () => (torch.ok ? timeTorch(model, warmup, steps, 2) : undefined),
    });
    rows.push({ model, backend, warmup, steps, rounds, ...best });
    console.error(`${model} on ${backend}: done`);
  }
}
writeResults({ rows, stepsPerEpoch, batchSize, torch, cpus: cpus().length, node: process.version });

async function timeTrainer(name, data, warmup) {
  const clock = stepClock(warmup);
  const model = createModel(name, { seed: 1, inputShape: inputShapes[name] });
  await fit(model, data, {
    epochs: 1,
    batchSize,
    optimizer: 'adam',
    seed: 1,
    callbacks: [{ onBatchEnd: clock.tick }],
  });
  model.dispose();
  return perEpoch(clock.secondsPerStep());
}

async function timeLayers(name, data, warmup) {
  const clock = stepClock(warmup);
  const model = layersModels[name]();
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const [xs, ys] = tf.tidy(() => [
    tf.div(tf.tensor(data.images, [data.count, ...inputShapes[name]], 'float32'), 255),
    tf.oneHot(tf.tensor1d(data.labels, 'int32'), 10),
  ]);
  await model.fit(xs, ys, {
    epochs: 1,
    batchSize,
    shuffle: true,
    verbose: 0,
    callbacks: { onBatchEnd: clock.tick },
  });
  tf.dispose([xs, ys]);
  model.dispose();
  return perEpoch(clock.secondsPerStep());
}

function perEpoch({ wall, cpu }) {
  return { wall: wall * stepsPerEpoch, cpu: cpu * stepsPerEpoch };
}

function torchAvailable() {
  try {
    const version = execFileSync('/usr/bin/python3', ['-c', 'import torch; print(torch.__version__)'], {
      encoding: 'utf8',
    });
    return { ok: true, version: version.trim() };
  } catch {
    return {
      ok: false,
      note: 'PyTorch column skipped: /usr/bin/python3 cannot import torch (apt-get install python3-torch)',
    };
  }
}

function timeTorch(name, warmup, steps, threads) {
  const script = new URL('./torch_speed.py', import.meta.url).pathname;
  // PASSIVE: with the default spin-waiting, a second thread that finds its core busy (our machines are
  // shared) burns its time slice spinning, and 2 threads run 10-20x slower than 1.
  const env = {
    ...process.env,
    OPENBLAS_NUM_THREADS: '1',
    OMP_NUM_THREADS: String(threads),
    OMP_WAIT_POLICY: 'PASSIVE',
  };
  const args = [script, name, String(steps), String(warmup), String(threads)];
  const output = execFileSync('/usr/bin/python3', args, { env, encoding: 'utf8' });
  const result = JSON.parse(output.trim().split('\n').at(-1));
  return perEpoch({ wall: result.seconds_per_step, cpu: result.cpu_seconds_per_step });
}
