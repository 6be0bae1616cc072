import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsumerProject, createConsumerProject } from '../src/consumer-project';
import { runReadmeExample, unmetClaims } from '../src/run-readme-example';
import { coveredPackages, needsTfjs } from '../src/workspace-packages';
import { packedPackage } from './packed';

// The packages that work without TensorFlow.js: installed alone, nothing of tfjs may come along.
const standalone = coveredPackages().filter(({ manifest }) => !needsTfjs(manifest));

describe('@digitlab/datasets and @digitlab/metrics with no tfjs installed', () => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await createConsumerProject({
      name: 'without-tfjs',
      tarballs: standalone.map(({ manifest }) => packedPackage(manifest.name).tarball),
    });
  });
  afterAll(() => project?.dispose());

  it('covers datasets and metrics', () => {
    expect(standalone.map(({ manifest }) => manifest.name)).toEqual(
      expect.arrayContaining(['@digitlab/datasets', '@digitlab/metrics']),
    );
  });

  it('installs no TensorFlow.js package, nor anything else', async () => {
    expect(existsSync(join(project.directory, 'node_modules/@tensorflow'))).toBe(false);
    const { stdout } = await project.run('npm', ['ls', '--all', '--parseable']);
    const installed = stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((path) => path.slice(join(project.directory, 'node_modules/').length));
    expect(installed.sort()).toEqual(standalone.map(({ manifest }) => manifest.name).sort());
  });

  it('classifies the embedded digits and prints a classification report', async () => {
    project.copyFixture('without-tfjs/nearest-centroid.mjs');
    const { stdout } = await project.run('node', ['nearest-centroid.mjs']);
    const lines = stdout.trim().split('\n');
    const summary = JSON.parse(lines.at(-1)!) as Record<string, number | number[]>;
    expect(summary.trainCount).toBe(1347);
    expect(summary.testCount).toBe(450);
    expect(summary.accuracy).toBe(summary.countedAccuracy);
    expect(summary.reportAccuracy).toBe(summary.countedAccuracy);
    // Nearest centroid on these digits scores about 0.9 (scikit-learn's NearestCentroid: 0.89-0.91).
    expect(summary.accuracy).toBeGreaterThan(0.85);
    expect(stdout).toMatch(/^ {14}precision {4}recall {2}f1-score {3}support\n\n {11}0 /);
    expect(stdout).toContain(
      `    accuracy                           ${(summary.accuracy as number).toFixed(2)}       450`,
    );
  });

  it('imports without side effects (no new globals), as "sideEffects": false claims', async () => {
    project.copyFixture('shared/import-side-effects.mjs');
    const names = standalone.map(({ manifest }) => manifest.name);
    const { stdout } = await project.run('node', ['import-side-effects.mjs', ...names]);
    expect(JSON.parse(stdout)).toMatchObject({ tfjs: false, newGlobals: [] });
  });

  describe.each(
    standalone.map((workspacePackage) => [workspacePackage.manifest.name, workspacePackage] as const),
  )('%s README example', (_name, workspacePackage) => {
    it('runs from the installed tarball and prints what the README says', async () => {
      const run = await runReadmeExample(project, workspacePackage);
      expect(run.result.exitCode).toBe(0);
      expect(unmetClaims(run), `printed:\n${run.printed.join('\n')}`).toEqual([]);
    });
  });
});
