// `pnpm bench:parity`: how far the fused engine's training drifts from tfjs ops through float rounding alone, with
// tfjs itself as the yardstick. A model trains one whole Fashion-MNIST epoch (batch 128, Adam, seed 1 unless --seed) on
// tfjs ops on wasm (the reference), tfjs ops on cpu, and the fused engine on each thread count asked for;
// prints each one's batch-loss difference from the reference at a few steps and its epoch-loss difference,
// and writes bench-results/engine-parity-MODEL-seedN.json. The cpu run takes about 4 minutes (LeNet-5).
// Flags: --model=lenet5|mlp (default lenet5), --threads=1,2 (fused engine runs), --no-cpu (skip tfjs on cpu),
// --seed=N (the weights' and the batch order's seed, default 1: another draw of the same rounding noise),
// --nudge=N (N more runs of tfjs ops on wasm, each with one weight of the first kernel moved by one ulp: how
// far rounding alone moves tfjs' own epoch loss, the floor below which no engine can be held).
// Run it under another Node (`npx -y node@24 bench/engine-parity.mjs`) for that Node's kernel build.
import { parseArgs } from 'node:util';
import { loadFashionMnist } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import * as tf from '@tensorflow/tfjs-core';
import { fit, fusedKernelBuild, setupBackend } from '../dist/index.js';
import { oneEpoch } from './time-steps.mjs';
import { writeJson } from './write-results.mjs';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((argument) => argument !== '--'),
  options: {
    model: { type: 'string', default: 'lenet5' },
    threads: { type: 'string', default: '1,2' },
    'no-cpu': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    nudge: { type: 'string', default: '0' },
  },
});
const inputShapes = { lenet5: [28, 28, 1], mlp: [784] };
const threadCounts = values.threads.split(',').map(Number);
const seed = Number(values.seed);
const nudges = Number(values.nudge);
if (
  !(values.model in inputShapes) ||
  !threadCounts.every((count) => Number.isInteger(count) && count >= 1) ||
  !Number.isInteger(seed) ||
  !(Number.isInteger(nudges) && nudges >= 0)
) {
  throw new Error(
    `Usage: engine-parity.mjs [--model=lenet5|mlp] [--threads=1,2,...] [--no-cpu] [--seed=N] [--nudge=N]. Received: ${process.argv.slice(2)}`,
  );
}
const steps = [0, 1, 9, 49, 99, 199, 468];
const sides = [
  { label: 'tfjs ops, wasm', backend: 'wasm', engine: 'tfjs' },
  ...(values['no-cpu'] ? [] : [{ label: 'tfjs ops, cpu', backend: 'cpu', engine: 'tfjs' }]),
  ...threadCounts.map((threads) => ({
    label: `fused (${fusedKernelBuild()}), ${threads} thread${threads === 1 ? '' : 's'}`,
    backend: 'wasm',
    engine: 'fused',
    threads,
  })),
  ...Array.from({ length: nudges }, (_, draw) => ({
    label: `tfjs ops, wasm, 1 ulp nudge ${draw + 1}`,
    backend: 'wasm',
    engine: 'tfjs',
    nudge: draw,
  })),
];
const train = await loadFashionMnist({ split: 'train', offline: true });
const runs = [];
for (const { label, backend, engine, threads, nudge } of sides) {
  await setupBackend(backend);
  const model = createModel(values.model, { seed, inputShape: inputShapes[values.model] });
  if (nudge !== undefined) nudgeWeight(model.trainableWeights[0], nudge);
  const losses = [];
  const history = await fit(model, train, {
    ...oneEpoch,
    seed,
    engine,
    ...(threads === undefined ? {} : { threads }),
    callbacks: [{ onBatchEnd: ({ batchLoss }) => losses.push(batchLoss) }],
  });
  model.dispose();
  runs.push({
    label,
    engine: history.engine,
    threads: history.threads,
    loss: history.history.loss[0],
    losses,
  });
  console.error(`${label}: done`);
}
const [reference] = runs;
console.log(
  `${values.model}, one Fashion-MNIST epoch, seed ${seed}, Node ${process.version}: batch-loss difference from tfjs ops on wasm at each step`,
);
console.log(`| run | ${steps.map((step) => `step ${step + 1}`).join(' | ')} | epoch loss | difference |`);
console.log(`| --- |${' ---: |'.repeat(steps.length + 2)}`);
for (const run of runs) {
  const cells = steps.map((step) => (run.losses[step] - reference.losses[step]).toExponential(1));
  const difference = (run.loss - reference.loss).toExponential(1);
  console.log(`| ${run.label} | ${cells.join(' | ')} | ${run.loss.toFixed(6)} | ${difference} |`);
}
writeJson(`engine-parity-${values.model}-seed${seed}.json`, {
  date: new Date().toISOString(),
  seed,
  node: process.version,
  kernelBuild: fusedKernelBuild(),
  runs: runs.map(({ label, engine, threads, loss, losses }) => ({ label, engine, threads, loss, losses })),
});

/** Moves one value of `variable` (the `draw`-th of `nudges` spread over it) to the next float32 up. */
function nudgeWeight(variable, draw) {
  const values = variable.dataSync().slice();
  const index = Math.floor(((draw + 0.5) * values.length) / nudges);
  const bits = new Uint32Array(new Float32Array([values[index]]).buffer);
  // One ulp away from zero for either sign: the magnitude's bits grow by one.
  bits[0] += 1;
  values[index] = new Float32Array(bits.buffer)[0];
  const nudged = tf.tensor(values, variable.shape);
  variable.assign(nudged);
  nudged.dispose();
}
