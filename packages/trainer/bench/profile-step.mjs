// `pnpm bench:profile`: where a training step's time goes, per kernel, for LeNet-5 and MLP 784-300-10 (Fashion-MNIST,
// batch 128, Adam) on both paths of `fit`: tfjs ops on the wasm backend (tf.profile's kernel times) and the
// fused engine on one thread (a V8 CPU profile of the main thread, self time per WebAssembly function; the
// one-thread run shows every kernel in one profile). Prints one table per model and path and writes
// bench-results/profile.json.
import { Session } from 'node:inspector/promises';
import { loadFashionMnist } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { fit, setupBackend } from '../dist/index.js';
import { firstSamples } from './time-steps.mjs';
import { writeJson } from './write-results.mjs';

const batchSize = 128;
const [warmup, steps] = [5, 20];
const inputShapes = { lenet5: [28, 28, 1], mlp: [784] };
const train = await loadFashionMnist({ split: 'train', offline: true });
const data = firstSamples(train, (warmup + steps) * batchSize);
await setupBackend('wasm');

const results = {};
for (const name of ['lenet5', 'mlp']) {
  results[name] = { ops: await profileOps(name), fused: await profileFused(name) };
  for (const [path, rows] of Object.entries(results[name])) print(`${name}, ${path}`, rows);
}
writeJson('profile.json', {
  date: new Date().toISOString(),
  batchSize,
  steps,
  node: process.version,
  results,
});

/** Kernel time per step on tfjs ops: tf.profile over `steps` batches after `warmup` untimed ones. */
async function profileOps(name) {
  const model = createModel(name, { seed: 1, inputShape: inputShapes[name] });
  const optimizer = tf.train.adam();
  const options = { epochs: 1, batchSize, optimizer, seed: 1, engine: 'tfjs', shuffle: false };
  await fit(model, firstSamples(train, warmup * batchSize), options);
  const started = performance.now();
  const profile = await tf.profile(() => fit(model, firstSamples(train, steps * batchSize), options));
  const wall = (performance.now() - started) / steps;
  const totals = new Map();
  for (const kernel of profile.kernels) {
    totals.set(kernel.name, (totals.get(kernel.name) ?? 0) + kernel.kernelTimeMs);
  }
  optimizer.dispose();
  model.dispose();
  return rowsOf(totals, steps, wall);
}

/** Self time per function on the fused engine (one thread), from a CPU profile of `steps` batches. */
async function profileFused(name) {
  const model = createModel(name, { seed: 1, inputShape: inputShapes[name] });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  let started = 0;
  let ended = 0;
  const callbacks = [
    {
      onBatchBegin: async ({ batch }) => {
        if (batch === warmup) {
          await session.post('Profiler.start');
          started = performance.now();
        }
      },
      onBatchEnd: async ({ batch }) => {
        if (batch === warmup + steps - 1) ended = performance.now();
      },
    },
  ];
  await fit(model, data, {
    epochs: 1,
    batchSize,
    optimizer: 'adam',
    seed: 1,
    engine: 'fused',
    threads: 1,
    callbacks,
  });
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  model.dispose();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url } = byId.get(id).callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)')
      return;
    // The in-process inspector session's message pump: the profiler's own cost, not the step's.
    if (functionName === 'dispatch' && url === '') return;
    const label = url.startsWith('wasm://')
      ? `wasm ${functionName}`
      : `JS ${functionName || '(anonymous)'} ${url.split('/').pop()}`;
    totals.set(label, (totals.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return rowsOf(totals, steps, (ended - started) / steps);
}

function rowsOf(totals, count, wallPerStep) {
  const rows = [...totals.entries()]
    .map(([kernel, ms]) => ({ kernel, msPerStep: ms / count }))
    .filter((row) => row.msPerStep >= 0.01)
    .sort((a, b) => b.msPerStep - a.msPerStep);
  return { wallMsPerStep: wallPerStep, rows };
}

function print(title, { wallMsPerStep, rows }) {
  const total = rows.reduce((sum, row) => sum + row.msPerStep, 0);
  console.log(
    `\n${title}: ${wallMsPerStep.toFixed(2)} ms per step (wall), ${total.toFixed(2)} ms attributed`,
  );
  console.log('| kernel | ms/step | share |\n| --- | ---: | ---: |');
  for (const row of rows.slice(0, 14)) {
    console.log(
      `| ${row.kernel} | ${row.msPerStep.toFixed(2)} | ${((100 * row.msPerStep) / total).toFixed(1)}% |`,
    );
  }
}
