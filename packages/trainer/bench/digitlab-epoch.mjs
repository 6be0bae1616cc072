// The digitlab side of the trainer benchmark, one process per figure (as PyTorch's): one whole Fashion-MNIST
// epoch (60,000 images, batch 128, Adam, seed 1 unless SEED) through `fit` on the wasm backend. Prints one JSON line:
// fit's epoch seconds, the CPU seconds of the process over the epoch (all threads), the epoch's loss and
// accuracy, the engine and kernel build, Node's version and the process's peak RSS.
// Usage: node bench/digitlab-epoch.mjs MODEL THREADS [ENGINE] [SEED]  (MODEL: lenet5 | mlp; ENGINE: fused |
// tfjs; SEED: the weights' and the batch order's seed, default 1)
import { loadFashionMnist } from '@digitlab/datasets';
import { createModel } from '@digitlab/models';
import { fit, fusedKernelBuild, setupBackend } from '../dist/index.js';
import { oneEpoch } from './time-steps.mjs';

const [name, threadsArgument, engine = 'fused', seedArgument = '1'] = process.argv.slice(2);
const inputShapes = { lenet5: [28, 28, 1], mlp: [784] };
const threads = Number(threadsArgument);
const seed = Number(seedArgument);
if (!(name in inputShapes) || !['fused', 'tfjs'].includes(engine) || !Number.isInteger(seed)) {
  throw new Error(
    `Usage: digitlab-epoch.mjs lenet5|mlp THREADS [fused|tfjs] [SEED]. Received: ${process.argv.slice(2)}`,
  );
}
const train = await loadFashionMnist({ split: 'train', offline: true });
await setupBackend('wasm');
const model = createModel(name, { seed, inputShape: inputShapes[name] });
let cpuAtStart;
const history = await fit(model, train, {
  ...oneEpoch,
  seed,
  engine,
  threads,
  callbacks: [
    {
      onEpochBegin: () => {
        cpuAtStart = process.cpuUsage();
      },
    },
  ],
});
const cpu = process.cpuUsage(cpuAtStart);
model.dispose();
console.log(
  JSON.stringify({
    seconds: history.seconds[0],
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    loss: history.history.loss[0],
    accuracy: history.history.accuracy[0],
    seed,
    engine: history.engine,
    threads: history.threads,
    kernelBuild: engine === 'fused' ? fusedKernelBuild() : undefined,
    node: process.version,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
