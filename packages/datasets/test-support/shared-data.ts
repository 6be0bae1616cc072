import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root: the nearest folder above this file that holds pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pnpm-workspace.yaml not found above the test files');
    dir = parent;
  }
  return dir;
}

/**
 * A data set folder under `shared/datasets/`, the repo root's sibling. Undefined when it is absent, so a test can
 * be skipped on a developer machine; with `process.env.CI` set its absence is an error, as CI must run every test.
 */
export function sharedDatasetDir(name: string): string | undefined {
  return requiredInCi(join(repoRoot(), '..', 'shared', 'datasets', name));
}

/** `dir` when it exists; undefined when absent and CI is not set; throws when absent and CI is set. */
export function requiredInCi(dir: string): string | undefined {
  if (existsSync(dir)) return dir;
  if (process.env.CI) throw new Error(`${dir} is required when CI is set, and it does not exist`);
  return undefined;
}
