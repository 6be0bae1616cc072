// Times the default run (what `digitlab` alone does) against ./dist (run `pnpm build` first): the whole
// command in a fresh process, and in this process its pieces (backend start, training with evaluation,
// report rendering and writing). The target is under a minute on 2 cores; the shares show where the time
// goes whatever the machine's load. Writes bench-results/default-run.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRecipe, setupCliBackend, trainRecipe, writeRunFolder } from '../dist/index.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const seconds = (start) => (performance.now() - start) / 1000;

function wholeCommand(args) {
  const cwd = mkdtempSync(join(tmpdir(), 'digitlab-bench-'));
  const start = performance.now();
  execFileSync(process.execPath, [bin, ...args], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return seconds(start);
}

const startup = wholeCommand(['--version']);
const command = wholeCommand(['--quiet']);

let start = performance.now();
await setupCliBackend('auto');
const backend = seconds(start);
start = performance.now();
const run = await trainRecipe(defaultRecipe, { backend: 'auto' });
const training = seconds(start);
start = performance.now();
await writeRunFolder(run, join(mkdtempSync(join(tmpdir(), 'digitlab-bench-')), 'run'), {});
const writing = seconds(start);
run.model.dispose();

const rows = [
  ['digitlab (whole command, fresh process)', command],
  ['  of which: node + imports (digitlab --version)', startup],
  ['backend start (wasm, gradients, kernels)', backend],
  ['train 15 epochs + evaluate + analyse', training],
  ['render 5 charts (SVG + PNG) and write the run folder', writing],
];
console.log(`${'step'.padEnd(56)}${'seconds'.padStart(9)}${'share'.padStart(8)}`);
for (const [step, value] of rows) {
  console.log(
    `${step.padEnd(56)}${value.toFixed(2).padStart(9)}${`${((100 * value) / command).toFixed(0)}%`.padStart(8)}`,
  );
}
console.log(
  `test accuracy ${run.test.accuracy.toFixed(4)} on ${run.backend}; target: whole command under 60 s`,
);

const results = {
  backend: run.backend,
  accuracy: run.test.accuracy,
  seconds: Object.fromEntries(rows.map(([step, value]) => [step.trim(), value])),
  underOneMinute: command < 60,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/default-run.json.tmp', `${JSON.stringify(results, null, 2)}\n`);
renameSync('bench-results/default-run.json.tmp', 'bench-results/default-run.json');
