import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsumerProject, createConsumerProject } from '../src/consumer-project';
import { runReadmeExample, unmetClaims } from '../src/run-readme-example';
import { coveredPackages, needsTfjs } from '../src/workspace-packages';
import { packedPackage } from './packed';

interface TrainingSummary {
  backend: string;
  activeBackend: string;
  loss: number[];
  accuracy: number;
  leaked: number;
}

const TFJS = [
  '@tensorflow/tfjs-core@4.22.0',
  '@tensorflow/tfjs-backend-cpu@4.22.0',
  '@tensorflow/tfjs-backend-wasm@4.22.0',
];

describe('every package in a Node project, with tfjs-core and the cpu and wasm backends', () => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await createConsumerProject({
      name: 'node',
      tarballs: coveredPackages().map(({ manifest }) => packedPackage(manifest.name).tarball),
      dependencies: TFJS,
    });
  });
  afterAll(() => project?.dispose());

  it('holds real copies of the tarballs, and nothing resolves into the workspace', async () => {
    for (const { manifest } of coveredPackages()) {
      const installed = join(project.directory, 'node_modules', manifest.name);
      expect(lstatSync(installed).isSymbolicLink()).toBe(false);
      expect(realpathSync(installed).startsWith(realpathSync(project.directory))).toBe(true);
    }
    const probe = "import('vitest').then(() => console.log('found'), (error) => console.log(error.code))";
    const { stdout } = await project.run('node', ['--input-type=module', '--eval', probe]);
    expect(stdout.trim()).toBe('ERR_MODULE_NOT_FOUND');
  });

  it('resolves every peer and installs exactly one tfjs-core (npm ls finds nothing missing or invalid)', async () => {
    await project.run('npm', ['ls', '--all']);
    const { stdout } = await project.run('npm', ['ls', '@tensorflow/tfjs-core', '--all', '--parseable']);
    expect(stdout.trim().split('\n')).toEqual([
      join(project.directory, 'node_modules/@tensorflow/tfjs-core'),
    ]);
  });

  it('imports without side effects on globals or the tfjs kernel, gradient and backend registries', async () => {
    project.copyFixture('shared/import-side-effects.mjs');
    const names = coveredPackages().map(({ manifest }) => manifest.name);
    const { stdout } = await project.run('node', ['import-side-effects.mjs', ...names]);
    const effects = JSON.parse(stdout) as { tfjs: boolean; newGlobals: string[]; registriesBefore: unknown };
    expect(effects.tfjs).toBe(true);
    expect(effects.newGlobals).toEqual([]);
    expect(effects).toMatchObject({ registriesAfter: effects.registriesBefore });
  });

  describe('training the perceptron on the digits with the wasm backend', () => {
    let esm: { stdout: string; summary: TrainingSummary };
    let commonJs: { stdout: string; summary: TrainingSummary };

    beforeAll(async () => {
      project.copyFixture('node/train-digits.mjs');
      project.copyFixture('node/train-digits.cjs');
      [esm, commonJs] = await Promise.all(
        ['train-digits.mjs', 'train-digits.cjs'].map(async (script) => {
          const { stdout } = await project.run('node', [script]);
          return { stdout, summary: JSON.parse(stdout.trim().split('\n').at(-1)!) as TrainingSummary };
        }),
      );
    });

    it('from an ESM script: trains, prints the classification report, leaks no tensor', () => {
      expect(esm.summary).toMatchObject({ backend: 'wasm', activeBackend: 'wasm', leaked: 0 });
      expect(esm.summary.loss).toHaveLength(15);
      expect(esm.summary.loss.at(-1)!).toBeLessThan(esm.summary.loss[0]! / 4);
      // A softmax regression on these digits: scikit-learn's LogisticRegression scores about 0.96.
      expect(esm.summary.accuracy).toBeGreaterThanOrEqual(0.93);
      expect(esm.stdout).toMatch(/^ {14}precision {4}recall {2}f1-score {3}support\n\n {11}0 /);
      expect(esm.stdout).toContain(
        `    accuracy                           ${esm.summary.accuracy.toFixed(2)}       450`,
      );
    });

    it('from a CommonJS script through import(): the same numbers', () => {
      expect(commonJs.summary).toEqual(esm.summary);
    });
  });

  it('gives a working digitlab command: the default run trains offline and writes its run folder', async () => {
    const cli = coveredPackages().find(({ manifest }) => manifest.name === '@digitlab/cli')!;
    const { stdout: version } = await project.bin('digitlab', ['--version']);
    expect(version.trim()).toBe(cli.manifest.version);
    const { stdout } = await project.bin('digitlab', ['--json', '--quiet', '--offline']);
    const run = JSON.parse(stdout) as { ok: boolean; backend: string; accuracy: number; runFolder: string };
    expect(run).toMatchObject({ ok: true, backend: 'wasm', model: { name: 'one-stage-cnn', params: 510 } });
    expect(run.accuracy).toBeGreaterThanOrEqual(0.95);
    for (const file of ['report.html', 'metrics.json', 'model/model.json', 'model/weights.bin']) {
      expect(existsSync(join(run.runFolder, file)), file).toBe(true);
    }
  });

  it('refuses require(): the packages are ESM-only and say so', async () => {
    project.writeFile('require-datasets.cjs', "require('@digitlab/datasets');\n");
    const { exitCode, stderr } = await project.run('node', ['require-datasets.cjs'], { allowFailure: true });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  describe.each(
    coveredPackages()
      .filter(({ manifest }) => needsTfjs(manifest))
      .map((workspacePackage) => [workspacePackage.manifest.name, workspacePackage] as const),
  )('%s README example', (_name, workspacePackage) => {
    it('runs from the installed tarball and prints what the README says', async () => {
      const run = await runReadmeExample(project, workspacePackage);
      expect(unmetClaims(run), `printed:\n${run.printed.join('\n')}`).toEqual([]);
    });
  });
});

describe('the digitlab command installed alone, as `npm install -g @digitlab/cli` would', () => {
  let project: ConsumerProject;

  beforeAll(async () => {
    // The cli and the workspace packages it depends on, and nothing else: tfjs-core must come along.
    const names = [
      '@digitlab/cli',
      '@digitlab/datasets',
      '@digitlab/metrics',
      '@digitlab/models',
      '@digitlab/spec',
      '@digitlab/trainer',
    ];
    project = await createConsumerProject({
      name: 'cli-alone',
      tarballs: names.map((name) => packedPackage(name).tarball),
      dependencies: [],
    });
  });
  afterAll(() => project?.dispose());

  it('installs complete: tfjs-core comes as a dependency, every peer is met, and the command runs', async () => {
    await project.run('npm', ['ls', '--all']);
    const { stdout } = await project.run('npm', ['ls', '@tensorflow/tfjs-core', '--all', '--parseable']);
    expect(stdout.trim().split('\n')).toEqual([
      join(project.directory, 'node_modules/@tensorflow/tfjs-core'),
    ]);
    const { stdout: models } = await project.bin('digitlab', ['models', '--json']);
    expect(JSON.parse(models).models.map((model: { name: string }) => model.name)).toContain('lenet5');
  });
});
