#!/usr/bin/env node
// The one test command: format/lint check, the folder floors and import circles (check-floors.mjs), then every package's typecheck, publint and vitest run
// through turbo, then a subset of the packages' tests on Node 22 and 24 (scripts/test-node-versions.mjs),
// then one closing line summing the vitest JSON reports of all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false }).status;

const biome = run('pnpm', ['exec', 'biome', 'check', '.']);
const floors = run('node', ['scripts/check-floors.mjs']);
const turbo = run('pnpm', ['exec', 'turbo', 'run', 'build', 'typecheck', 'lint', 'test', '--continue']);
const otherNodes = run('node', ['scripts/test-node-versions.mjs']);

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
const status = biome || floors || turbo || otherNodes || (failed > 0 ? 1 : 0);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status);
