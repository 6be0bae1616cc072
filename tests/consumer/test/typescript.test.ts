import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsumerProject, createConsumerProject } from '../src/consumer-project';
import { extractReadmeExample } from '../src/readme-example';
import { coveredPackages } from '../src/workspace-packages';
import { packedPackage } from './packed';

describe('a strict TypeScript project type-checks against the published declarations', () => {
  let project: ConsumerProject;
  const examples: string[] = [];

  beforeAll(async () => {
    project = await createConsumerProject({
      name: 'typescript',
      moduleType: 'module',
      tarballs: coveredPackages().map(({ manifest }) => packedPackage(manifest.name).tarball),
      dependencies: ['@tensorflow/tfjs-core@4.22.0', 'typescript@~5.9.3', '@types/node@^20.19.0'],
    });
    project.copyFixture('typescript/consumer.ts');
    for (const { directory, manifest } of coveredPackages()) {
      const readmePath = join(directory, 'README.md');
      const example = extractReadmeExample(readFileSync(readmePath, 'utf8'), readmePath);
      const file = `readme-${manifest.name.split('/')[1]}.${example.language === 'ts' ? 'ts' : 'mjs'}`;
      project.writeFile(file, example.code);
      examples.push(file);
    }
  });
  afterAll(() => project?.dispose());

  // A Node project: node16 resolution (exports, ESM rules), @types/node visible, strict; README examples
  // written in TypeScript are checked here too.
  it('with moduleResolution node16', async () => {
    project.copyFixture('typescript/tsconfig.node16.json');
    await project.bin('tsc', ['-p', 'tsconfig.node16.json']);
    const { stdout } = await project.bin('tsc', ['-p', 'tsconfig.node16.json', '--listFilesOnly']);
    const checked = stdout.split('\n');
    for (const { manifest } of coveredPackages()) {
      expect(checked).toContain(join(project.directory, 'node_modules', manifest.name, 'dist/index.d.ts'));
    }
  });

  // A browser project: bundler resolution and no @types/node (only @types/long, which tfjs-core's own
  // declarations need), so the declarations must not lean on Node's types.
  it('with moduleResolution bundler and no Node types', async () => {
    project.copyFixture('typescript/tsconfig.bundler.json');
    await project.bin('tsc', ['-p', 'tsconfig.bundler.json']);
    const { stdout } = await project.bin('tsc', ['-p', 'tsconfig.bundler.json', '--listFilesOnly']);
    expect(stdout).not.toContain('@types/node');
  });

  // The README examples are JavaScript, so JavaScript's leniency applies (no strict null checks), but a
  // misspelt option, a wrong argument or a missing export fails here although a plain run would ignore it.
  it('checks every JavaScript README example against the declarations (checkJs)', async () => {
    project.copyFixture('typescript/tsconfig.readme.json');
    await project.bin('tsc', ['-p', 'tsconfig.readme.json']);
    const { stdout } = await project.bin('tsc', ['-p', 'tsconfig.readme.json', '--listFilesOnly']);
    const checked = stdout.split('\n').map((file) => file.slice(project.directory.length + 1));
    expect(checked.filter((file) => file.startsWith('readme-')).sort()).toEqual(
      examples.filter((file) => file.endsWith('.mjs')).sort(),
    );
  });
});
