import { mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, removeTemporaryFolders, temporaryFolder } from '../test-support/run-bin';
import { type LimitedResult, runLimited } from '../test-support/run-limited';

// A user installs @tensorflow/tfjs-node-gpu wherever they install packages and runs `digitlab`; these
// tests install a stand-in of it (test/fixtures/tfjs-node-gpu-stand-in: the real one downloads
// libtensorflow) in each such place with the real package managers, and run the built command.
const standInSource = fileURLToPath(new URL('./fixtures/tfjs-node-gpu-stand-in', import.meta.url));
const standInVersion = '4.22.0-digitlab-stand-in';
const npx = 'npx';

let work: string;
let tarball: string;
/** Places nothing is installed in: the machine's own global installs must not leak into a test. */
let nowhere: Record<string, string>;

beforeAll(() => {
  work = temporaryFolder('digitlab-backend-install-');
  // Packed here, from the committed sources: no registry is involved (the stand-in has no dependencies).
  const packed = runLimited('npm', ['pack', standInSource, '--pack-destination', work], {
    cwd: work,
    env: { ...process.env, npm_config_cache: join(work, 'npm-cache') },
    seconds: 60,
  });
  expect(packed.code, packed.stderr).toBe(0);
  tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))!);
  const empty = join(work, 'empty');
  mkdirSync(empty);
  nowhere = { npm_config_prefix: empty, NODE_PATH: '', PNPM_HOME: '', XDG_CONFIG_HOME: empty };
  // npm starts in about a second, far longer on a loaded machine; its own limit above is the hard one.
}, 90_000);

afterAll(removeTemporaryFolders);

function folder(...parts: string[]): string {
  const path = join(work, ...parts);
  mkdirSync(path, { recursive: true });
  return path;
}

function project(name: string): string {
  const path = folder(name);
  writeFileSync(join(path, 'package.json'), JSON.stringify({ name, private: true }));
  return path;
}

/** Runs a package manager, offline, with its cache in the test's folder; expects success. */
function install(command: string, args: readonly string[], cwd: string): LimitedResult {
  const result = runLimited(command, args, {
    cwd,
    env: { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' },
    seconds: 180,
  });
  return result;
}

/** Runs the built `digitlab` with `--json` and `env` added to `nowhere`. */
function digitlab(cwd: string, env: Record<string, string>, args: readonly string[]): LimitedResult {
  return runLimited(process.execPath, [binPath, ...args, '--json'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(work, 'cache'), ...nowhere, ...env },
    seconds: 120,
  });
}

/** `digitlab train` of the perceptron for one epoch on `backend` (tensorflow by default). */
function train(
  cwd: string,
  env: Record<string, string>,
  backend = ['--backend', 'tensorflow'],
): LimitedResult {
  return digitlab(cwd, env, ['train', '--model', 'perceptron', '--epochs', '1', ...backend]);
}

/** Installs the stand-in into a new npm global prefix and returns the prefix. */
function installGlobally(name: string): string {
  const prefix = folder(name);
  const installed = install('npm', ['install', '-g', '--prefix', prefix, tarball, '--offline'], work);
  expect(installed.code, installed.stderr).toBe(0);
  return prefix;
}

/** Checks that the run trained on the stand-in found in `place`, at `packageFolder`. */
/** {@link expectStandIn} for a stand-in installed in the project at `root`, found from the working folder up. */
function expectProjectStandIn(result: LimitedResult, root: string): void {
  expectStandIn(
    result,
    'the project (from the working folder up)',
    join(root, 'node_modules/@tensorflow/tfjs-node-gpu'),
  );
}

function expectStandIn(result: LimitedResult, place: string, packageFolder: string): void {
  expect(result.code, result.stderr).toBe(0);
  const folderReal = realpathSync(packageFolder);
  expect(result.stderr).toContain(
    `Backend: tensorflow from @tensorflow/tfjs-node-gpu ${standInVersion} (${place}: ${folderReal}), ` +
      'computing on CPU: tfjs-node-gpu found no usable CUDA GPU',
  );
  const document = JSON.parse(result.stdout);
  expect(document).toMatchObject({
    ok: true,
    backend: 'tensorflow',
    engine: 'tfjs',
    device: { device: 'cpu' },
    backendPackage: { name: '@tensorflow/tfjs-node-gpu', version: standInVersion, place, folder: folderReal },
  });
  // Far below what a leak over 1,437 digits would need; the command alone takes about 250 MiB.
  if (result.peakRssKib !== undefined) expect(result.peakRssKib).toBeLessThan(1024 * 1024);
}

describe('--backend tensorflow finds @tensorflow/tfjs-node-gpu where users install it', () => {
  it('in the npm global prefix (npm install -g)', { timeout: 240_000 }, () => {
    const prefix = installGlobally('npm-global');
    const result = train(folder('elsewhere'), { npm_config_prefix: prefix });
    expectStandIn(
      result,
      'the npm global prefix',
      join(prefix, 'lib/node_modules/@tensorflow/tfjs-node-gpu'),
    );
    // The same numbers as tfjs ops on the cpu backend: the stand-in's kernels are cpu's.
    const cpu = JSON.parse(train(folder('elsewhere'), {}, ['--backend', 'cpu', '--engine', 'tfjs']).stdout);
    const standIn = JSON.parse(result.stdout);
    expect(cpu).toMatchObject({ backend: 'cpu', loss: standIn.loss, accuracy: standIn.accuracy });
  });

  it('in an npm project, from a folder below it', { timeout: 240_000 }, () => {
    const root = project('npm-project');
    const installed = install('npm', ['install', tarball, '--offline'], root);
    expect(installed.code, installed.stderr).toBe(0);
    const result = train(folder('npm-project', 'src', 'deep'), {});
    expectProjectStandIn(result, root);
    // `--backend auto` (the default) prefers it too.
    const auto = train(root, {}, ['--backend', 'auto']);
    expectProjectStandIn(auto, root);
  });

  it('in a pnpm project (linked from node_modules/.pnpm)', { timeout: 240_000 }, () => {
    const root = project('pnpm-project');
    const installed = install(
      npx,
      ['--yes', 'pnpm@10.34.8', 'add', tarball, '--offline', '--store-dir', join(work, 'pnpm-store')],
      root,
    );
    expect(installed.code, installed.stderr).toBe(0);
    const result = train(root, {});
    expectProjectStandIn(result, root);
    expect(JSON.parse(result.stdout).backendPackage.folder).toContain('/node_modules/.pnpm/');
  });

  it('in a yarn 1 project', { timeout: 240_000 }, () => {
    const root = project('yarn-project');
    const yarn = ['--yes', 'yarn@1', 'add', `file:${tarball}`, '--offline', '--no-lockfile'];
    const installed = install(npx, [...yarn, '--cache-folder', join(work, 'yarn-cache')], root);
    // Yarn itself comes from the npm registry through npx, as pnpm does for the README's commands: a machine
    // that cannot fetch it fails here rather than passing a layout it never tried.
    expect(installed.code, installed.stderr).toBe(0);
    const result = train(root, {});
    expectProjectStandIn(result, root);
  });

  it('in a NODE_PATH folder', { timeout: 240_000 }, () => {
    const libraries = folder('node-path');
    const installed = install('npm', ['install', '--prefix', libraries, tarball, '--offline'], libraries);
    expect(installed.code, installed.stderr).toBe(0);
    const result = train(folder('elsewhere'), { NODE_PATH: join(libraries, 'node_modules') });
    expectStandIn(result, 'NODE_PATH', join(libraries, 'node_modules/@tensorflow/tfjs-node-gpu'));
  });
});

describe('compare files each time under the device it was measured on', () => {
  const compare = (env: Record<string, string>) =>
    digitlab(folder('compare'), env, [
      'compare',
      '--models',
      'perceptron',
      '--epochs',
      '1',
      '--backend',
      'tensorflow',
    ]);

  it('GPU time for a tfjs-node-gpu run on CUDA, CPU time when it found no GPU', { timeout: 240_000 }, () => {
    const prefix = installGlobally('npm-global-compare');
    // The stand-in plays a libtensorflow that found a CUDA device (tfjs-node's isUsingGpuDevice).
    const onCuda = compare({ npm_config_prefix: prefix, DIGITLAB_STAND_IN_CUDA: '1' });
    expect(onCuda.code, onCuda.stderr).toBe(0);
    const [gpuRow] = JSON.parse(onCuda.stdout).comparison;
    expect(gpuRow).toMatchObject({ backend: 'tensorflow', device: 'gpu', cpuSeconds: null });
    expect(gpuRow.gpuSeconds).toBeGreaterThan(0);
    expect(onCuda.stderr).toContain('computing on CUDA GPU (tfjs-node-gpu)');

    const onCpu = compare({ npm_config_prefix: prefix });
    expect(onCpu.code, onCpu.stderr).toBe(0);
    const [cpuRow] = JSON.parse(onCpu.stdout).comparison;
    expect(cpuRow).toMatchObject({ backend: 'tensorflow', device: 'cpu', gpuSeconds: null });
    expect(cpuRow.cpuSeconds).toBeGreaterThan(0);
  });
});
