import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fields of a package.json these tests read. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  type?: string;
  main?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: Record<string, unknown>;
  files?: string[];
  sideEffects?: boolean | string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
}

/** A package of the workspace that is published to npm. */
export interface WorkspacePackage {
  /** Absolute path of its folder. */
  directory: string;
  manifest: PackageManifest;
}

/** Absolute path of the monorepo root. */
export const workspaceRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Absolute path of this package (tests/consumer). */
export const consumerTestsRoot = fileURLToPath(new URL('../', import.meta.url));

export function readManifest(directory: string): PackageManifest {
  return JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as PackageManifest;
}

/** Every non-private package under packages/ and apps/, sorted by name: what users can install. */
export function publishedPackages(): WorkspacePackage[] {
  const found: WorkspacePackage[] = [];
  for (const group of ['packages', 'apps']) {
    const groupDirectory = join(workspaceRoot, group);
    if (!existsSync(groupDirectory)) continue;
    for (const entry of readdirSync(groupDirectory)) {
      const directory = join(groupDirectory, entry);
      if (!existsSync(join(directory, 'package.json'))) continue;
      const manifest = readManifest(directory);
      if (manifest.private !== true) found.push({ directory, manifest });
    }
  }
  return found.sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/**
 * The published packages this suite covers: those tests/consumer lists as `workspace:` devDependencies,
 * which is also what makes turbo build them before the suite runs.
 */
export function coveredPackages(): WorkspacePackage[] {
  const covered = readManifest(consumerTestsRoot).devDependencies ?? {};
  return publishedPackages().filter(({ manifest }) => covered[manifest.name]?.startsWith('workspace:'));
}

/**
 * Whether installing a package brings in or requires TensorFlow.js: a `@tensorflow/` dependency or
 * (non-optional) peer, directly or through a workspace package it depends on.
 */
export function needsTfjs(manifest: PackageManifest): boolean {
  const required = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}).filter(
      (peer) => manifest.peerDependenciesMeta?.[peer]?.optional !== true,
    ),
  ];
  if (required.some((name) => name.startsWith('@tensorflow/'))) return true;
  return publishedPackages().some(
    (candidate) => required.includes(candidate.manifest.name) && needsTfjs(candidate.manifest),
  );
}
