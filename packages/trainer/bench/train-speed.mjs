// `pnpm bench`: seconds per Fashion-MNIST epoch of LeNet-5 and MLP 784-300-10 (batch 128, Adam), side by side
// in one run: the trainer's fused engine (its default thread count, and 1 thread), the trainer on tfjs ops
// (`engine: 'tfjs'`) and stock tfjs-layers `model.fit` on wasm and cpu, and PyTorch with 1 and 2 threads
// when /usr/bin/python3 can import torch. A fixed number of batches is timed after a warm-up and
// extrapolated to the 469 batches of an epoch (a stock-cpu LeNet epoch would take over half an hour); the
// fused engine also trains one whole epoch, timed by its history. Each side runs `rounds` times in
// alternating order and keeps its best median step: the machine is shared.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { loadFashionMnist } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { evaluate, fit, setupBackend } from '../dist/index.js';
import { layersLenet5, layersMlp } from './layers-models.mjs';
import { bestOf, firstSamples, stepClock } from './time-steps.mjs';
import { writeResults } from './write-results.mjs';

const batchSize = 128;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const stepsPerEpoch = Math.ceil(60_000 / batchSize);
// [warm-up, timed] batches: cpu LeNet steps take ~0.5 s on tfjs ops, so fewer are timed there.
const plan = { wasm: { lenet5: [5, 40], mlp: [5, 40] }, cpu: { lenet5: [3, 12], mlp: [5, 30] } };
const fusedPlan = [5, 60];
const layersModels = { lenet5: layersLenet5, mlp: layersMlp };
const inputShapes = { lenet5: [28, 28, 1], mlp: [784] };

const train = await loadFashionMnist({ split: 'train', offline: true });
const torch = torchAvailable();
const rows = [];
for (const model of ['lenet5', 'mlp']) {
  await setupBackend('wasm');
  const fusedData = firstSamples(train, (fusedPlan[0] + fusedPlan[1]) * batchSize);
  const row = {
    model,
    rounds,
    ...(await bestOf(rounds, {
      fused: () => timeTrainer(model, fusedData, fusedPlan[0], { engine: 'fused' }),
      fused1: () => timeTrainer(model, fusedData, fusedPlan[0], { engine: 'fused', threads: 1 }),
      torch1: async () => (torch.ok ? timeTorch(model, ...fusedPlan, 1) : undefined),
      torch2: async () => (torch.ok ? timeTorch(model, ...fusedPlan, 2) : undefined),
    })),
  };
  row.wholeEpoch = await fullEpoch(model);
  for (const backend of ['wasm', 'cpu']) {
    await setupBackend(backend);
    const [warmup, steps] = plan[backend][model];
    const data = firstSamples(train, (warmup + steps) * batchSize);
    const best = await bestOf(rounds, {
      ops: () => timeTrainer(model, data, warmup, { engine: 'tfjs' }),
      layers: () => timeLayers(model, data, warmup),
    });
    row[backend] = { warmup, steps, ...best };
  }
  rows.push(row);
  console.error(`${model}: done`);
}
writeResults({
  rows,
  stepsPerEpoch,
  batchSize,
  torch,
  cpus: cpus().length,
  node: process.version,
  fusedPlan,
});

/**
 * One real epoch on all 60,000 images with the same seed on the fused engine and on tfjs ops (wasm): fit's
 * own epoch time, the training loss and accuracy, and the accuracy on the 10,000 test images.
 */
async function fullEpoch(name) {
  await setupBackend('wasm');
  const test = await loadFashionMnist({ split: 'test', offline: true });
  const result = {};
  for (const engine of ['fused', 'tfjs']) {
    const model = createModel(name, { seed: 1, inputShape: inputShapes[name] });
    const history = await fit(model, train, { epochs: 1, batchSize, optimizer: 'adam', seed: 1, engine });
    const scores = await evaluate(model, test, { batchSize: 1000 });
    model.dispose();
    result[engine] = {
      seconds: history.seconds[0],
      engine: history.engine,
      loss: history.history.loss[0],
      accuracy: history.history.accuracy[0],
      testAccuracy: scores.accuracy,
    };
  }
  return result;
}

async function timeTrainer(name, data, warmup, options) {
  const clock = stepClock(warmup);
  const model = createModel(name, { seed: 1, inputShape: inputShapes[name] });
  await fit(model, data, {
    epochs: 1,
    batchSize,
    optimizer: 'adam',
    seed: 1,
    callbacks: [{ onBatchEnd: clock.tick }],
    ...options,
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
