import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace } from '../src/copy-workspace';
import { runCommand } from '../src/run-command';
import { publishedPackages, readManifest, workspaceRoot } from '../src/workspace-packages';
import { writeFileAtomic } from '../src/write-file-atomic';

const SUMMARY = 'Rehearsal entry written by the consumer tests.';

describe('changeset version on a copy of the workspace', () => {
  const packages = publishedPackages().map(({ directory, manifest }) => ({
    name: manifest.name,
    version: manifest.version,
    path: relative(workspaceRoot, directory),
  }));
  let copy: string;

  beforeAll(async () => {
    copy = await copyWorkspace();
    // One package gets a patch changeset; the fixed group must carry all the others along.
    writeFileAtomic(
      join(copy, '.changeset/consumer-tests-rehearsal.md'),
      `---\n"@digitlab/metrics": patch\n---\n\n${SUMMARY}\n`,
    );
    await runCommand(join(workspaceRoot, 'node_modules/.bin/changeset'), ['version'], { cwd: copy });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('moves every published package to one new version together', () => {
    const versions = packages.map(({ path }) => readManifest(join(copy, path)).version);
    expect(new Set(versions).size).toBe(1);
    expect(versions[0]).not.toBe(packages[0]!.version);
  });

  it('writes a changelog entry for that version in every published package', () => {
    for (const { path } of packages) {
      const { version } = readManifest(join(copy, path));
      expect(readFileSync(join(copy, path, 'CHANGELOG.md'), 'utf8')).toContain(`## ${version}\n`);
    }
    const metrics = packages.find(({ name }) => name === '@digitlab/metrics')!;
    expect(readFileSync(join(copy, metrics.path, 'CHANGELOG.md'), 'utf8')).toContain(`- ${SUMMARY}`);
  });

  it('consumes the changesets and leaves private packages alone', () => {
    expect(existsSync(join(copy, '.changeset/consumer-tests-rehearsal.md'))).toBe(false);
    expect(readManifest(join(copy, 'tests/consumer')).version).toBe(
      readManifest(join(workspaceRoot, 'tests/consumer')).version,
    );
    expect(existsSync(join(copy, 'tests/consumer/CHANGELOG.md'))).toBe(false);
  });
});
