// `pnpm bench`: digitlab against PyTorch, whole Fashion-MNIST epochs (60,000 images, batch 128, Adam) of
// LeNet-5 and MLP 784-300-10, each figure one fresh process. digitlab (the fused engine) runs on 2 and 1
// threads on this Node and on the others asked for (default: also Node 24 through `npx -y node@24`);
// PyTorch (/usr/bin/python3, optional) on 2 threads (with 2 and with 1 OpenBLAS thread) and on 1, at
// OpenMP's default and passive wait policies, refused when it loaded the reference BLAS. Every side runs
// `--rounds` times (default 3) in alternating order and keeps its fastest epoch, with the machine's load at
// that run and the hypervisor's steal. So
// does tfjs ops on wasm (this Node, one epoch per model and round). Then each fused configuration and tfjs
// ops run seeds 2..N once more for the accuracy check (loss-check.mjs). Prints the table and writes bench-results/train-speed.json
// and a copy named after the run's time, each recording the build it measured (a hash of dist/index.js);
// `node bench/write-claims.mjs [RUN.json ...]` then rewrites the docs' figures from such runs.
// Flags: --rounds=N, --nodes=current,24 (Nodes for digitlab), --no-torch, --loss-seeds=N (default 4).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { epochFlops, simdBound } from './epoch-flops.mjs';
import { runLossSeeds } from './loss-check.mjs';
import { loadAverage, nodeCommand, probe, runSide } from './run-side.mjs';
import { printTable } from './speed-table.mjs';
import { writeJson } from './write-results.mjs';

const { values } = parseArgs({
  // `pnpm bench -- --rounds=1` passes on the `--`.
  args: process.argv.slice(2).filter((argument) => argument !== '--'),
  options: {
    rounds: { type: 'string', default: '3' },
    nodes: { type: 'string', default: 'current,24' },
    'no-torch': { type: 'boolean', default: false },
    'loss-seeds': { type: 'string', default: '4' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be an integer >= 1. Received: ${values.rounds}`);
const lossSeeds = Number(values['loss-seeds']);
if (!Number.isInteger(lossSeeds) || lossSeeds < 1)
  throw new Error(`--loss-seeds must be an integer >= 1. Received: ${values['loss-seeds']}`);
const models = ['lenet5', 'mlp'];
const log = (line) => console.error(line);

const nodes = values.nodes.split(',').flatMap((node) => {
  const [command, args] = nodeCommand(node, '--version');
  const version = probe(command, args)?.trim();
  if (version === undefined)
    log(`digitlab on Node ${node} skipped: \`${command} ${args.join(' ')}\` did not run`);
  return version === undefined ? [] : [{ node, version }];
});
const torch = values['no-torch'] ? { ok: false, note: 'PyTorch skipped (--no-torch)' } : torchSide();
if (!torch.ok) log(torch.note);

// PyTorch's configurations: OpenMP threads, OpenBLAS threads (as many, or 1) and OpenMP's wait policy.
const torchConfigurations = ['default', 'passive'].flatMap((waitPolicy) =>
  [
    [2, 2],
    [2, 1],
    [1, 1],
  ].map(([threads, blasThreads]) => ({ threads, blasThreads, waitPolicy })),
);
const sides = models.flatMap((model) => [
  ...nodes.flatMap(({ node, version }) =>
    [2, 1].map((threads) => ({ kind: 'digitlab', model, node, version, threads })),
  ),
  ...(torch.ok
    ? torchConfigurations.map((configuration) => ({ kind: 'pytorch', model, ...configuration }))
    : []),
]);
const label = (side) => {
  if (side.engine === 'tfjs') return `${side.model} tfjs ops (wasm)`;
  return side.kind === 'digitlab'
    ? `${side.model} digitlab Node ${side.version} x${side.threads}`
    : `${side.model} PyTorch x${side.threads} ${side.waitPolicy} BLAS x${side.blasThreads}`;
};

// tfjs ops on wasm, timed in the same alternating rounds: its speed is compared too, so it gets the same
// best of the rounds as the other sides (one run each made its factor depend on the host's speed then).
const opsSides = models.map((model) => ({
  kind: 'digitlab',
  model,
  node: 'current',
  threads: 2,
  engine: 'tfjs',
}));
const timed = [...sides, ...opsSides];
const runs = new Map(timed.map((side) => [side, []]));
for (let round = 0; round < rounds; round++) {
  for (const side of round % 2 === 0 ? timed : [...timed].reverse()) {
    const result = runSide(side);
    runs.get(side).push(result);
    log(
      `round ${round + 1}/${rounds} ${label(side)}: ${result.error ?? `${result.seconds.toFixed(2)} s`} (load ${result.loadBefore?.[0]})`,
    );
    // The configuration under test must be the one that ran: OpenBLAS reports its own thread count.
    if (
      side.kind === 'pytorch' &&
      Number.isInteger(result.blas?.threads) &&
      result.blas.threads !== side.blasThreads
    ) {
      throw new Error(
        `PyTorch's OpenBLAS ran ${result.blas.threads} thread(s) where OPENBLAS_NUM_THREADS=${side.blasThreads} was set; check the environment (e.g. an OPENBLAS_* override). Received: ${result.blas.config}`,
      );
    }
    if (side.kind === 'pytorch' && result.blas?.kind === 'reference') {
      throw new Error(
        `PyTorch loaded the reference BLAS (${result.blas.libraries.join(', ')}): install libopenblas0-pthread, or pass --no-torch`,
      );
    }
  }
}

// tfjs ops' fastest epoch per model: its time, and its loss for the fused engine's first-epoch check (same
// model, seed and batch order in every round).
const reference = Object.fromEntries(opsSides.map((side) => [side.model, fastest(runs.get(side))]));
const lossCheck = runLossSeeds({
  fusedSides: sides.filter((side) => side.kind === 'digitlab'),
  opsSides,
  seedCount: lossSeeds,
  seedOne: (side) => fastest(runs.get(side)),
  log,
});

const results = {
  date: new Date().toISOString(),
  build: createHash('sha256')
    .update(readFileSync(new URL('../dist/index.js', import.meta.url)))
    .digest('hex')
    .slice(0, 12),
  machine: { cpus: cpus().length, ...simdBound(), loadAtEnd: loadAverage() },
  rounds,
  nodes,
  torch,
  flops: Object.fromEntries(models.map((model) => [model, epochFlops(model)])),
  sides: sides.map((side) => ({ ...side, best: fastest(runs.get(side)), runs: runs.get(side) })),
  tfjsOps: reference,
  lossCheck,
};
printTable(results);
writeJson('train-speed.json', results);
writeJson(`train-speed-${results.date.replace(/[:.]/g, '-')}.json`, results);

/** The run with the fewest epoch seconds (undefined when every run failed). */
function fastest(list) {
  return list.filter((run) => run.error === undefined).sort((a, b) => a.seconds - b.seconds)[0];
}

/** Whether /usr/bin/python3 imports torch, or a line saying why the PyTorch side is skipped. */
function torchSide() {
  const version = probe('/usr/bin/python3', ['-c', 'import torch; print(torch.__version__)'])?.trim();
  return version === undefined
    ? {
        ok: false,
        note: 'PyTorch skipped: /usr/bin/python3 cannot import torch (apt-get install python3-torch)',
      }
    : { ok: true, version };
}
