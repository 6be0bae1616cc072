// Side-by-side timings on the cpu backend (the machine is noisy, so compare ratios within one run):
// our layers vs tfjs-layers on the same architecture and weights, and the hand-written MLP's SGD step
// (forward + written-out backward + update) vs its forward pass alone. tfjs autodiff is no reference
// here: tfjs-core's Node build registers no gradients and plain Node cannot load its ESM gradient files.
// Run `pnpm build` first; this reads ./dist.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { createModel, ScratchMlp, save } from '../dist/index.js';

const repeats = Number(process.env.BENCH_REPEATS ?? 7);

/**
 * Median milliseconds of each of `runs` over `repeats` rounds after two warm-up rounds; the runs alternate
 * within a round, so load from other processes falls on both sides alike.
 */
async function medians(...runs) {
  const times = runs.map(() => []);
  for (let round = 0; round < repeats + 2; round++) {
    for (const [i, run] of runs.entries()) {
      const start = performance.now();
      await run();
      if (round >= 2) times[i].push(performance.now() - start);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

async function tfjsLayersTwin(model) {
  let artifacts;
  await save(
    model,
    tf.io.withSaveHandler(async (saved) => {
      artifacts = saved;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(saved) };
    }),
  );
  return tfl.loadLayersModel(tf.io.fromMemory(artifacts));
}

async function forwardCase(name, batchSize) {
  const ours = createModel(name, { seed: 1 });
  const theirs = await tfjsLayersTwin(ours);
  const x = tf.randomUniform([batchSize, ...ours.inputShape], 0, 1, 'float32', 2);
  const predict = (model) => async () => {
    const y = model.predict(x);
    await y.data();
    y.dispose();
  };
  const [oursMs, theirsMs] = await medians(predict(ours), predict(theirs));
  tf.dispose(x);
  ours.dispose();
  theirs.dispose();
  return {
    case: `${name} forward, batch ${batchSize}`,
    ours: oursMs,
    reference: theirsMs,
    referenceName: 'tfjs-layers',
  };
}

async function backpropCase(hiddenSizes, batchSize) {
  const model = new ScratchMlp({ hiddenSizes, seed: 1 });
  const x = tf.randomUniform([batchSize, 784], 0, 1, 'float32', 3);
  const y = tf.tidy(() =>
    tf.cast(tf.oneHot(tf.randomUniform([batchSize], 0, 10, 'int32', 4), 10), 'float32'),
  );
  const forward = async () => {
    const output = model.apply(x);
    await output.data();
    output.dispose();
  };
  const [stepMs, forwardMs] = await medians(() => model.trainStep(x, y, 0.01), forward);
  tf.dispose([x, y]);
  model.dispose();
  const label = `scratch-mlp [${hiddenSizes}] SGD step, batch ${batchSize}`;
  return { case: label, ours: stepMs, reference: forwardMs, referenceName: 'its forward pass' };
}

await tf.setBackend('cpu');
const results = [
  await forwardCase('mnist-cnn', 64),
  await forwardCase('lenet5', 64),
  await forwardCase('tiny-cnn', 64),
  await backpropCase([300], 64),
  await backpropCase([500, 300], 64),
].map((row) => ({ ...row, ratio: row.ours / row.reference }));

console.table(
  results.map((row) => ({
    case: row.case,
    'ours ms': row.ours.toFixed(2),
    'reference ms': row.reference.toFixed(2),
    reference: row.referenceName,
    'ours / reference': row.ratio.toFixed(2),
  })),
);

await mkdir(new URL('../bench-results/', import.meta.url), { recursive: true });
const target = new URL('../bench-results/models.json', import.meta.url);
const temporary = new URL(`../bench-results/models.json.${process.pid}.tmp`, import.meta.url);
const report = {
  backend: tf.getBackend(),
  repeats,
  node: process.version,
  date: new Date().toISOString(),
  results,
};
await writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`);
await rename(temporary, target);
