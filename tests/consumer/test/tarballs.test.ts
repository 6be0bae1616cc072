import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeImports } from '../src/dist-imports';
import { readTarball } from '../src/read-tarball';
import { retainedCode } from '../src/retained-code';
import { runCommand } from '../src/run-command';
import {
  consumerTestsRoot,
  coveredPackages,
  type PackageManifest,
  publishedPackages,
  readManifest,
} from '../src/workspace-packages';
import { writeFileAtomic } from '../src/write-file-atomic';
import { packedPackage } from './packed';

// Anything that makes a tfjs backend available: a library must leave that choice to its user.
const BACKEND = /^@tensorflow\/(tfjs|tfjs-node|tfjs-node-gpu|tfjs-backend-[\w-]+)$/;
const DIST_FILE = /^dist\/[\w./-]+\.(js|d\.ts|js\.map)$/;

function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(exportTargets);
}

it('covers every published workspace package', () => {
  const covered = readManifest(consumerTestsRoot).devDependencies ?? {};
  const missing = publishedPackages()
    .map(({ manifest }) => manifest.name)
    .filter((name) => covered[name] !== 'workspace:*');
  expect(missing, 'add these to tests/consumer devDependencies as "workspace:*"').toEqual([]);
});

describe.each(coveredPackages().map(({ manifest }) => manifest.name))('%s tarball', (name) => {
  let files: Map<string, Buffer>;
  let manifest: PackageManifest;
  let unpacked: string;

  beforeAll(() => {
    files = readTarball(packedPackage(name).tarball);
    manifest = JSON.parse(files.get('package.json')!.toString('utf8')) as PackageManifest;
    unpacked = mkdtempSync(join(tmpdir(), 'digitlab-unpacked-'));
    for (const [path, contents] of files) writeFileAtomic(join(unpacked, path), contents);
  });
  afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

  it('holds only dist, README, LICENSE and package.json, with every entry point present', () => {
    const stray = [...files.keys()].filter(
      (path) => !['package.json', 'README.md', 'LICENSE'].includes(path) && !DIST_FILE.test(path),
    );
    expect(stray).toEqual([]);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
    const targets = [
      manifest.main,
      manifest.types,
      ...exportTargets(manifest.exports),
      ...exportTargets(manifest.bin),
    ];
    for (const target of targets.filter((path): path is string => path !== undefined)) {
      expect(files.has(target.replace(/^\.\//, '')), `${target} is in the tarball`).toBe(true);
    }
  });

  it('ships source maps that carry their sources (src/ is not published)', () => {
    for (const [path, contents] of files) {
      if (!path.endsWith('.map')) continue;
      const map = JSON.parse(contents.toString('utf8')) as { sources: string[]; sourcesContent?: unknown[] };
      expect(map.sourcesContent?.length, `${path} sourcesContent`).toBe(map.sources.length);
      expect(map.sourcesContent?.every((source) => typeof source === 'string')).toBe(true);
    }
  });

  it('is ESM-only: type module, exports types then import, no require or default condition', () => {
    expect(manifest.type).toBe('module');
    const root = manifest.exports?.['.'] as Record<string, string>;
    expect(Object.keys(root)).toEqual(['types', 'import']);
  });

  it('pins its @digitlab dependencies to its own version, not workspace:', () => {
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      if (dependency.startsWith('@digitlab/')) expect(range).toBe(`^${manifest.version}`);
    }
  });

  // A backend may only be an optional peer (the trainer imports the one the user picked, by name): nothing
  // may install one or require one. An application with a bin may depend on the backends it runs on.
  it('declares what dist imports: tfjs-core as a peer (a dependency of a bin), no backend required, no unused dependency', async () => {
    const entries = [...exportTargets(manifest.exports), ...exportTargets(manifest.bin)].filter((path) =>
      path.endsWith('.js'),
    );
    const imported = [
      ...new Set((await Promise.all(entries.map((entry) => runtimeImports(join(unpacked, entry))))).flat()),
    ];
    const dependencies = Object.keys(manifest.dependencies ?? {});
    const peers = Object.keys(manifest.peerDependencies ?? {});
    const optional = (peer: string) => manifest.peerDependenciesMeta?.[peer]?.optional === true;
    expect(
      imported.filter((dependency) => !dependencies.includes(dependency) && !peers.includes(dependency)),
    ).toEqual([]);
    expect(peers.filter((peer) => BACKEND.test(peer) && !optional(peer))).toEqual([]);
    if (manifest.bin === undefined) {
      // A library shares its consumer's tfjs-core, so the backend the consumer sets up is the one it uses.
      // A library that only names its types (@digitlab/spec's /model entry) declares it an optional peer.
      expect(dependencies).not.toContain('@tensorflow/tfjs-core');
      const usesTfjs = imported.includes('@tensorflow/tfjs-core');
      if (usesTfjs || peers.includes('@tensorflow/tfjs-core')) {
        expect(peers).toContain('@tensorflow/tfjs-core');
        expect(optional('@tensorflow/tfjs-core')).toBe(!usesTfjs);
      }
    } else {
      // A bin must install complete with npm, pnpm and yarn alike: the application depends on tfjs-core.
      expect(peers).not.toContain('@tensorflow/tfjs-core');
      expect(dependencies).toContain('@tensorflow/tfjs-core');
    }
    if (manifest.bin === undefined) {
      expect(imported.filter((dependency) => BACKEND.test(dependency))).toEqual([]);
      expect(dependencies.filter((dependency) => BACKEND.test(dependency))).toEqual([]);
      expect(dependencies.filter((dependency) => !imported.includes(dependency))).toEqual([]);
    }
  });

  it('declares sideEffects (false, or the files that register kernels)', () => {
    const { sideEffects } = manifest;
    if (Array.isArray(sideEffects)) {
      for (const pattern of sideEffects) expect(files.has(pattern.replace(/^\.\//, '')), pattern).toBe(true);
    } else {
      expect(sideEffects).toBe(false);
    }
  });

  // The budget: a few small constant tables whose construction esbuild cannot prove pure.
  it('lets bundlers drop what a user does not import (under 2 kB of top-level code always kept)', async () => {
    const retained = await retainedCode(join(unpacked, 'dist/index.js'));
    expect(retained.length, retained.slice(0, 300)).toBeLessThan(2000);
  });

  it('passes publint --strict', async () => {
    const tarball = packedPackage(name).tarball;
    const { stdout } = await runCommand(
      join(consumerTestsRoot, 'node_modules/.bin/publint'),
      ['--strict', tarball],
      {
        cwd: consumerTestsRoot,
      },
    );
    expect(stdout).toContain('All good!');
  });

  // ESM-only by design: attw's default profile also resolves as a CommonJS `require` (node10, node16-cjs),
  // which an ESM-only package cannot satisfy. The esm-only profile checks node16 ESM and bundler resolution.
  it('passes "are the types wrong" with the esm-only profile', async () => {
    const tarball = packedPackage(name).tarball;
    await runCommand(
      join(consumerTestsRoot, 'node_modules/.bin/attw'),
      [tarball, '--profile', 'esm-only', '--format', 'ascii'],
      { cwd: consumerTestsRoot },
    );
  });
});
