import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const consumerRoot = fileURLToPath(new URL('..', import.meta.url));

// The size figures the READMEs state are claims: this keeps them and the budgets checked on every run of the
// suite (they drifted for months when only `pnpm bench` looked). esbuild on built dists: a few seconds.
it('every covered package is within its size budget and its README states its measured size', () => {
  let output: string;
  try {
    output = execFileSync('timeout', ['-s', 'KILL', '120', process.execPath, 'bench/size.mjs'], {
      cwd: consumerRoot,
      encoding: 'utf8',
    });
  } catch (error) {
    const { stdout = '', status } = error as { stdout?: string; status?: number };
    throw new Error(`bench/size.mjs exited ${status}:\n${stdout}`);
  }
  expect(output).not.toContain('OVER BUDGET');
  expect(output).not.toContain('out of date');
}, 150_000);
