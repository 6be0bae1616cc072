#!/usr/bin/env node
// Produces the committed results the lab guides and the fidelity page render: runs the CLI once per lab
// and keeps the run folder's metrics.json and history.json (and the decision boundary, for XOR) under
// results/<lab>/ (for a lab that compares optimizers, comparison.json and .md, and each run's files under
// results/<lab>/<run>/), with source.json saying which command made them. The lab guides and the fidelity
// page render these files at build time.
// Usage: node scripts/run-labs.mjs [lab ...]   (default: every lab). Needs `pnpm build`.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(appDir, 'results');
const cli = join(appDir, 'node_modules', '@digitlab', 'cli', 'dist', 'bin.js');

const mnistStandIn =
  "MNIST's 60,000 training images are not available on the machines that build these docs, so these " +
  "figures come from the lab's recipe (same model, optimizer, learning rate, batch size, epochs, " +
  "validation split and seed) run on Fashion-MNIST, which has exactly MNIST's shape: 28x28 greyscale " +
  'images in ten classes, 60,000 to train and 10,000 to test. Fashion-MNIST is harder: expect lower ' +
  'accuracy than the same model reaches on MNIST.';

/** Each results folder: the CLI arguments that produce it, and the stand-in note when the data differ. */
const labs = [
  { name: 'xor', args: ['lab', 'xor'], standIn: null },
  { name: 'digits-perceptron', args: ['lab', 'digits-perceptron'], standIn: null },
  { name: 'digits-cnn', args: ['lab', 'digits-cnn'], standIn: null },
  { name: 'digits-cnn-64', args: ['lab', 'digits-cnn-64'], standIn: null },
  { name: 'fashion-lenet', args: ['lab', 'fashion-lenet'], standIn: null },
  { name: 'fashion-lenet-leaky', args: ['lab', 'fashion-lenet-leaky'], standIn: null },
  { name: 'fashion-lenet-elu', args: ['lab', 'fashion-lenet-elu'], standIn: null },
  ...[
    'mnist-cnn',
    'mnist-dropout-cnn',
    'mnist-two-conv-cnn',
    'tiny-cnn',
    'lenet5',
    'scratch-mlp',
    'mlp-500-300',
    'scratch-mlp-3x300',
    'optimizer-study',
  ].map((name) => ({
    name,
    args: ['lab', name, '--dataset', 'fashion-mnist'],
    standIn: mnistStandIn,
  })),
  // The MLP lab compares two optimizers; each run is its own results folder.
  ...['sgd', 'adam'].map((optimizer) => ({
    name: `mlp-${optimizer}`,
    args: ['lab', 'mlp', '--dataset', 'fashion-mnist', '--optimizer', optimizer],
    standIn: mnistStandIn,
  })),
];

const requested = process.argv.slice(2).filter((argument) => argument !== '--');
const unknown = requested.filter((name) => !labs.some((lab) => lab.name === name));
if (unknown.length > 0) {
  console.error(`Unknown lab(s): ${unknown.join(', ')}. Known: ${labs.map((lab) => lab.name).join(', ')}`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`The CLI is not built: run \`pnpm build\` at the repository root. Received: no ${cli}`);
  process.exit(2);
}

mkdirSync(resultsDir, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'digitlab-docs-results-'));
let failed = 0;
for (const lab of labs.filter((entry) => requested.length === 0 || requested.includes(entry.name))) {
  const command = `digitlab ${lab.args.join(' ')}`;
  console.log(`\n=== ${lab.name}: ${command}`);
  const runFolder = join(scratch, lab.name);
  const started = Date.now();
  const run = spawnSync(process.execPath, [cli, ...lab.args, '--out', runFolder, '--no-color'], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(
      `${lab.name}: the CLI exited with ${run.status ?? run.signal}; results/${lab.name} left as it was`,
    );
    failed++;
    continue;
  }
  // Staged beside the target and renamed into place, so an interrupted run never leaves half a folder.
  const staging = join(resultsDir, `.${lab.name}.staging`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  if (existsSync(join(runFolder, 'comparison.json'))) {
    // A lab comparing optimizers: its table, and each run's files in a folder of its own.
    for (const file of ['comparison.json', 'comparison.md'])
      copyFileSync(join(runFolder, file), join(staging, file));
    for (const entry of readdirSync(runFolder, { withFileTypes: true }).filter((item) =>
      item.isDirectory(),
    )) {
      mkdirSync(join(staging, entry.name));
      for (const file of ['metrics.json', 'history.json'])
        copyFileSync(join(runFolder, entry.name, file), join(staging, entry.name, file));
    }
  } else {
    for (const file of ['metrics.json', 'history.json'])
      copyFileSync(join(runFolder, file), join(staging, file));
    // The lab's main figure where the docs cannot redraw it from the numbers: XOR's decision boundary.
    const boundary = join(runFolder, 'charts', 'decision-boundary.png');
    if (existsSync(boundary)) copyFileSync(boundary, join(staging, 'decision-boundary.png'));
  }
  writeFileSync(
    join(staging, 'source.json'),
    `${JSON.stringify({ command, standIn: lab.standIn }, null, 2)}\n`,
  );
  const target = join(resultsDir, lab.name);
  const previous = join(resultsDir, `.${lab.name}.previous`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
  console.log(`${lab.name}: results/${lab.name} written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
rmSync(scratch, { recursive: true, force: true });
process.exit(failed > 0 ? 1 : 0);
