// `pnpm bench:parity`: how far the fused engine's training drifts from tfjs ops through float rounding alone, with
// tfjs itself as the yardstick. LeNet-5 trains one whole Fashion-MNIST epoch (batch 128, Adam, seed 1) on
// tfjs ops on wasm (the reference), tfjs ops on cpu, and the fused engine on 1 and 2 threads; prints each
// one's batch-loss difference from the reference at a few steps and its epoch-loss difference, and writes
// bench-results/engine-parity.json. The cpu run takes about 4 minutes.
import { loadFashionMnist } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import { fit, setupBackend } from '../dist/index.js';
import { oneEpoch } from './time-steps.mjs';
import { writeJson } from './write-results.mjs';

const steps = [0, 1, 9, 49, 99, 199, 468];
const sides = [
  { label: 'tfjs ops, wasm', backend: 'wasm', engine: 'tfjs' },
  { label: 'tfjs ops, cpu', backend: 'cpu', engine: 'tfjs' },
  { label: 'fused, 1 thread', backend: 'wasm', engine: 'fused', threads: 1 },
  { label: 'fused, 2 threads', backend: 'wasm', engine: 'fused', threads: 2 },
];
const train = await loadFashionMnist({ split: 'train', offline: true });
const runs = [];
for (const { label, backend, engine, threads } of sides) {
  await setupBackend(backend);
  const model = createModel('lenet5', { seed: 1 });
  const losses = [];
  const history = await fit(model, train, {
    ...oneEpoch,
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
  'LeNet-5, one Fashion-MNIST epoch, seed 1: batch-loss difference from tfjs ops on wasm at each step',
);
console.log(`| run | ${steps.map((step) => `step ${step + 1}`).join(' | ')} | epoch loss | difference |`);
console.log(`| --- |${' ---: |'.repeat(steps.length + 2)}`);
for (const run of runs) {
  const cells = steps.map((step) => (run.losses[step] - reference.losses[step]).toExponential(1));
  const difference = (run.loss - reference.loss).toExponential(1);
  console.log(`| ${run.label} | ${cells.join(' | ')} | ${run.loss.toFixed(6)} | ${difference} |`);
}
writeJson('engine-parity.json', {
  date: new Date().toISOString(),
  runs: runs.map(({ label, engine, threads, loss, losses }) => ({ label, engine, threads, loss, losses })),
});
