import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type PackedPackage, packPackages } from '../src/pack-packages';
import { coveredPackages } from '../src/workspace-packages';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every covered package, packed once for all test files. */
    packed: PackedPackage[];
  }
}

/** Packs the covered packages once; the test files install the tarballs into their own projects. */
export default async function setup(project: TestProject): Promise<() => void> {
  const destination = mkdtempSync(join(tmpdir(), 'digitlab-tarballs-'));
  project.provide('packed', await packPackages(coveredPackages(), destination));
  return () => rmSync(destination, { recursive: true, force: true });
}
