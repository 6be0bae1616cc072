#!/usr/bin/env node
// Runs a representative subset of the built packages' tests under the other supported Node lines (22 and
// 24, fetched by `npx -y node@<major>` from the npm registry) after the full suite has run on the
// machine's Node. Each package's subset covers what differs between Node versions: file and stream I/O,
// node:crypto, worker_threads of the fused engine, WebAssembly, the bin run as a child process.
// Writes test-results-node-versions.json (the counts) for scripts/test.mjs's closing line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const nodeVersions = ['22', '24'];
const subsets = {
  // process.getBuiltinModule (Node built-ins) and the error brand across module copies.
  spec: ['src'],
  datasets: ['src'],
  metrics: ['src'],
  models: ['src/catalog', 'src/io', 'src/options', 'src/scratch'],
  trainer: [
    'src/data',
    'src/options',
    'src/training/fit.test.ts',
    'src/training/predict.test.ts',
    // The whole fused engine: Node 22+ runs its relaxed-SIMD kernel build, Node 20 (the main run) the plain one.
    'src/fused',
    'src/backend/setup-backend.test.ts',
  ],
  cli: ['src', 'test/default-run.test.ts', 'test/usage-errors.test.ts'],
};

const summary = join(root, 'test-results-node-versions.json');
rmSync(summary, { force: true });
const scratch = mkdtempSync(join(tmpdir(), 'digitlab-node-versions-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
for (const version of nodeVersions) {
  for (const [name, files] of Object.entries(subsets)) {
    const report = join(scratch, `${name}-${version}.json`);
    // The report goes to the scratch folder, so the package's test-results.json (the main run's) is kept.
    const run = spawnSync('npx', ['-y', `node@${version}`, vitest, 'run', ...files], {
      cwd: join(root, 'packages', name),
      env: { ...process.env, DIGITLAB_TEST_REPORT: report },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let results;
    try {
      results = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      results = { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0 };
    }
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests;
    totals.skipped += results.numPendingTests + results.numTodoTests;
    if (run.status !== 0) status = 1;
    console.log(
      `node ${version} packages/${name}: ${results.numPassedTests} passed, ${results.numFailedTests} failed`,
    );
  }
}
rmSync(scratch, { recursive: true, force: true });
writeFileSync(summary, `${JSON.stringify(totals)}\n`);
process.exit(status);
