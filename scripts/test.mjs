#!/usr/bin/env node
// The one test command: format/lint check, then every package's typecheck, publint and vitest run
// through turbo, then one closing line summing the vitest JSON reports of all packages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false }).status;

const biome = run('pnpm', ['exec', 'biome', 'check', '.']);
const turbo = run('pnpm', ['exec', 'turbo', 'run', 'build', 'typecheck', 'lint', 'test', '--continue']);
// The fused engine runs a relaxed-SIMD kernel build where it validates (Node 22+) and the plain SIMD build
// elsewhere (Node 20, the run above): its tests run on Node 24 as well, so both builds train and are checked.
const node24 = spawnSync(
  'npx',
  ['-y', 'node@24', '../../node_modules/vitest/vitest.mjs', 'run', '--reporter', 'default', 'src/fused'],
  { cwd: join(root, 'packages/trainer'), stdio: 'inherit', shell: false },
).status;

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
console.log(`packages/trainer fused engine on Node 24: ${node24 === 0 ? 'passed' : 'FAILED'}`);
const status = biome || turbo || node24 || (failed > 0 ? 1 : 0);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status);
