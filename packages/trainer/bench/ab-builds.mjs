// `pnpm bench:ab -- A B MODEL THREADS [ROUNDS] [STEPS]`: two builds of the trainer compared in one process,
// for a change too small to show across separately timed runs on a shared machine. A and B are folders
// holding a copy of `dist/` (before and after the change) inside this package, e.g. node_modules/.ab/before,
// so that their imports resolve. Each round trains MODEL (lenet5 | mlp, Fashion-MNIST, batch 128, Adam) for
// one untimed and STEPS timed batches with each build, the builds' order alternating, on the fused engine
// with THREADS threads. Prints one JSON line: per build the median and 10th percentile of the process's CPU
// milliseconds per step (all threads), the median and mean wall milliseconds, the ratios B / A (also the
// median of the rounds' own ratios, of median and of mean steps: the figures least moved by a host's
// drifting speed), both runs' loss
// (the same for a change that keeps the arithmetic) and the load average over the rounds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFashionMnist } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import { firstSamples, median, oneEpoch } from './time-steps.mjs';

// pnpm passes on the `--` before the arguments.
const argumentsGiven = process.argv.slice(2).filter((argument) => argument !== '--');
const [folderA, folderB, name, threadsArgument, roundsArgument = '30', stepsArgument = '4'] = argumentsGiven;
const inputShapes = { lenet5: [28, 28, 1], mlp: [784] };
if (folderA === undefined || folderB === undefined || !(name in inputShapes)) {
  throw new Error(
    `Usage: ab-builds.mjs A B lenet5|mlp THREADS [ROUNDS] [STEPS]. Received: ${argumentsGiven}`,
  );
}
const [threads, rounds, steps] = [threadsArgument, roundsArgument, stepsArgument].map(Number);
const builds = {
  A: await import(pathToFileURL(resolve(folderA, 'index.js')).href),
  B: await import(pathToFileURL(resolve(folderB, 'index.js')).href),
};
await builds.A.setupBackend('wasm');
const train = await loadFashionMnist({ split: 'train', offline: true });
const data = firstSamples(train, (steps + 1) * oneEpoch.batchSize);
const load = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** One round on `build`: CPU and wall milliseconds of each timed step, and the run's loss. */
async function round(build) {
  const model = createModel(name, { seed: 1, inputShape: inputShapes[name] });
  const cpu = [];
  const wall = [];
  let started;
  const timing = {
    onBatchBegin: () => {
      started = { cpu: process.cpuUsage(), wall: performance.now() };
    },
    onBatchEnd: ({ batch }) => {
      const used = process.cpuUsage(started.cpu);
      if (batch === 0) return;
      cpu.push((used.user + used.system) / 1000);
      wall.push(performance.now() - started.wall);
    },
  };
  const options = { ...oneEpoch, engine: 'fused', threads, shuffle: false, callbacks: [timing] };
  const history = await build.fit(model, data, options);
  model.dispose();
  return { cpu, wall, loss: history.history.loss[0] };
}

const samples = { A: { cpu: [], wall: [] }, B: { cpu: [], wall: [] } };
const losses = {};
const loads = [];
// Each round's B / A ratio of median wall times: the two builds of a round run seconds apart, so a host
// whose speed drifts by tens of percent over minutes (a shared virtual machine) moves both alike.
const roundRatios = [];
// The same for the rounds' mean step times, which a whole epoch adds up: a change to how threads wait
// moves the slow tail of the steps (a sleeping core's wake-up) more than the median step.
const roundMeanRatios = [];
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
for (let r = 0; r < rounds; r++) {
  const wallOf = {};
  const meanOf = {};
  for (const key of r % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
    const { cpu, wall, loss } = await round(builds[key]);
    samples[key].cpu.push(...cpu);
    samples[key].wall.push(...wall);
    wallOf[key] = median(sorted(wall));
    meanOf[key] = mean(wall);
    losses[key] = loss;
  }
  roundRatios.push(wallOf.B / wallOf.A);
  roundMeanRatios.push(meanOf.B / meanOf.A);
  loads.push(load());
}
function sorted(values) {
  return [...values].sort((a, b) => a - b);
}
const tenth = (values) => sorted(values)[Math.floor(values.length / 10)];
const summary = (key) => ({
  cpuMs: median(sorted(samples[key].cpu)),
  cpuP10Ms: tenth(samples[key].cpu),
  wallMs: median(sorted(samples[key].wall)),
  meanWallMs: mean(samples[key].wall),
});
const [a, b] = [summary('A'), summary('B')];
console.log(
  JSON.stringify({
    node: process.version,
    kernelBuild: builds.B.fusedKernelBuild(),
    model: name,
    threads,
    rounds,
    steps,
    A: a,
    B: b,
    cpuRatio: b.cpuMs / a.cpuMs,
    cpuP10Ratio: b.cpuP10Ms / a.cpuP10Ms,
    wallRatio: b.wallMs / a.wallMs,
    pairedWallRatio: median(sorted(roundRatios)),
    pairedMeanRatio: median(sorted(roundMeanRatios)),
    lossA: losses.A,
    lossB: losses.B,
    load: [Math.min(...loads), Math.max(...loads)],
  }),
);
