#!/usr/bin/env node
// The one test command: format/lint check, the folder floors and import circles (check-floors.mjs), then every package's typecheck, publint and vitest run
// through turbo, beside a subset of the packages' tests on Node 22 and 24 (scripts/test-node-versions.mjs),
// then one closing line summing the vitest JSON reports of all of them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false }).status;

const biome = run('pnpm', ['exec', 'biome', 'check', '.']);
const floors = run('node', ['scripts/check-floors.mjs']);
/** Runs a command with its stdout and stderr kept, in order, for printing once it has ended. */
function collected(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) =>
      resolve({ status: 1, output: `${command} did not start: ${error.message}\n` }),
    );
    child.on('close', (code) => resolve({ status: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

// The Node 22/24 subsets test the built packages the CLI depends on; building those first lets them run
// beside the main run instead of after it. On 2 cores vitest runs one file at a time, and for the main
// run's last two minutes only the CLI's tests were left running (measured on a clean clone): 14m43s
// serially, 12m59s-13m22s side by side.
const prebuild = run('pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@digitlab/cli...',
  '--output-logs=errors-only',
]);
const otherNodesRun = prebuild === 0 ? collected('node', ['scripts/test-node-versions.mjs']) : undefined;
const turbo = await new Promise((resolve) => {
  // Not spawnSync: the event loop must keep reading the subsets' output meanwhile.
  const child = spawn('pnpm', ['exec', 'turbo', 'run', 'build', 'typecheck', 'lint', 'test', '--continue'], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('error', () => resolve(1));
  child.on('close', (code) => resolve(code ?? 1));
});
let otherNodes = 1;
if (!otherNodesRun)
  console.log('\nNode 22 and 24 subsets not run: building the CLI and its dependencies failed (above).');
if (otherNodesRun) {
  const { status, output } = await otherNodesRun;
  // Printed after turbo's stream, so the two runs' lines do not interleave.
  process.stdout.write(`\n${output}`);
  otherNodes = status;
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'apps', 'tests']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const report = join(dir, name, 'test-results.json');
    if (!existsSync(report)) continue;
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    skipped += results.numPendingTests + results.numTodoTests;
    console.log(`${group}/${name}: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
  }
}
const versions = join(root, 'test-results-node-versions.json');
if (existsSync(versions)) {
  const results = JSON.parse(readFileSync(versions, 'utf8'));
  passed += results.passed;
  failed += results.failed;
  skipped += results.skipped;
  console.log(`Node 22 and 24 subsets: ${results.passed} passed, ${results.failed} failed`);
}
const status = biome || floors || prebuild || turbo || otherNodes || (failed > 0 ? 1 : 0);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status);
