import * as tf from '@tensorflow/tfjs-core';
import { type BackendAttempt, BackendUnavailableError } from '../errors/backend-unavailable-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { registerTrainerKernels, type SupplementaryKernel } from '../kernels/register-trainer-kernels';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { type BackendDevice, backendDevice } from './backend-device';
import {
  type BackendChoice,
  type BackendName,
  backendNames,
  backendPackages,
  environmentObstacle,
  isBackendName,
} from './backend-name';
import { softwareRenderer } from './probe-graphics';
import { registerGradients } from './register-gradients';

/** Options of {@link setupBackend}. */
export interface SetupBackendOptions {
  /**
   * The backends `'auto'` tries, in order; the first that imports and initialises wins.
   * @default ['tensorflow', 'webgpu', 'webgl', 'wasm', 'cpu']
   */
  candidates?: readonly BackendName[];
  /**
   * How a backend package is imported when it is not registered yet. The default is a plain dynamic
   * `import()`, which works in Node; in a bundled app, import the backend package yourself instead (a
   * bundler cannot include a package named only at run time) and `setupBackend` finds it registered.
   * @default (specifier) => import(specifier)
   */
  importPackage?: (specifier: string) => Promise<unknown>;
  /**
   * Whether to register tfjs-core's gradient functions, which training needs. Inference alone
   * (`evaluate`, `predict`) can skip them and start faster: in Node loading them takes about a second.
   * `fit` registers them itself when they are missing.
   * @default true
   */
  gradients?: boolean;
  /**
   * Whether `'auto'` passes over WebGL and WebGPU when they run on a software renderer (SwiftShader,
   * llvmpipe, ...: what browsers fall back to without a usable GPU) and tries them only after wasm and cpu,
   * where the fused engine trains far faster. An explicit choice is never passed over.
   * @default true
   */
  avoidSoftwareGraphics?: boolean;
}

/** The backend the trainer runs on, as set up by {@link setupBackend}. */
export interface BackendInfo {
  /** The backend, e.g. `'wasm'`. */
  readonly name: BackendName;
  /** The package that provided it, or undefined when it was already registered (imported by the caller). */
  readonly packageName: string | undefined;
  /** Kernels the trainer registered for it (e.g. wasm's missing `Conv2DBackpropFilter`). */
  readonly kernels: readonly SupplementaryKernel[];
  /** Where it computes (`'gpu'` or `'cpu'`), and the device's name. */
  readonly device: BackendDevice;
  /** The backends `'auto'` tried or passed over before this one, each with the reason. */
  readonly passedOver: readonly BackendAttempt[];
}

const defaultImport = (specifier: string): Promise<unknown> =>
  import(/* @vite-ignore */ /* webpackIgnore: true */ specifier);

const setupBackendOptionKeys: OptionKeys<SetupBackendOptions> = {
  candidates: true,
  importPackage: true,
  gradients: true,
  avoidSoftwareGraphics: true,
};

/**
 * Selects the tfjs backend to train on: imports its package if it is not registered yet, registers
 * tfjs-core's gradients and the trainer's supplementary kernels, makes it the active backend and waits
 * until it is ready. `'auto'` takes the fastest one that actually works here
 * (tensorflow > webgpu > webgl > wasm > cpu), trying WebGL and WebGPU last when a software renderer
 * stands in for the GPU; `passedOver` in the result says why each earlier candidate was not taken.
 *
 * @throws {BackendUnavailableError} when none of the requested backends can be used; `attempts` says why.
 */
export async function setupBackend(
  choice: BackendChoice = 'auto',
  options: SetupBackendOptions = {},
): Promise<BackendInfo> {
  checkOptionKeys('setupBackend', options, setupBackendOptionKeys);
  const {
    candidates = backendNames,
    importPackage = defaultImport,
    gradients = true,
    avoidSoftwareGraphics = true,
  } = options;
  if (choice !== 'auto' && !isBackendName(choice)) {
    throw new InvalidOptionError(
      'setupBackend',
      'choice',
      `must be 'auto' or one of ${backendNames.join(', ')}`,
      choice,
    );
  }
  for (const candidate of candidates) {
    if (!isBackendName(candidate)) {
      throw new InvalidOptionError(
        'setupBackend',
        'candidates',
        `may only name ${backendNames.join(', ')}`,
        candidate,
      );
    }
  }
  const attempts: BackendAttempt[] = [];
  const deferred: BackendName[] = [];
  const start = async (name: BackendName): Promise<BackendInfo | undefined> => {
    const packageName = await ensureRegistered(name, importPackage, attempts);
    if (packageName === null) return undefined;
    if (gradients) await registerGradients();
    const kernels = registerTrainerKernels(name);
    if (!(await initialise(name, attempts))) return undefined;
    return { name, packageName, kernels, device: await backendDevice(name), passedOver: [...attempts] };
  };
  for (const name of choice === 'auto' ? candidates : [choice]) {
    const obstacle = environmentObstacle(name);
    if (obstacle !== undefined) {
      attempts.push({ backend: name, reason: obstacle });
      continue;
    }
    const software = choice === 'auto' && avoidSoftwareGraphics ? await softwareRenderer(name) : undefined;
    if (software !== undefined) {
      attempts.push({
        backend: name,
        reason: `it renders in software on the CPU (${software}), slower than wasm with the fused engine`,
      });
      deferred.push(name);
      continue;
    }
    const info = await start(name);
    if (info !== undefined) return info;
  }
  for (const name of deferred) {
    const info = await start(name);
    if (info !== undefined) return info;
  }
  const advice =
    choice === 'auto'
      ? `install one of ${candidates.flatMap((name) => backendPackages[name]).join(', ')}`
      : `install ${backendPackages[choice].join(' or ')} (or import it before calling setupBackend)`;
  throw new BackendUnavailableError(choice, attempts, advice);
}

/** Imports the backend's package unless it is registered; the package used, undefined, or null on failure. */
async function ensureRegistered(
  name: BackendName,
  importPackage: (specifier: string) => Promise<unknown>,
  attempts: BackendAttempt[],
): Promise<string | undefined | null> {
  if (tf.findBackendFactory(name) !== null) return undefined;
  for (const specifier of backendPackages[name]) {
    try {
      await importPackage(specifier);
    } catch (error) {
      attempts.push({ backend: name, reason: `${specifier}: ${firstLine(error)}` });
      continue;
    }
    if (tf.findBackendFactory(name) !== null) return specifier;
    attempts.push({ backend: name, reason: `${specifier} loaded but registered no '${name}' backend` });
  }
  return null;
}

async function initialise(name: BackendName, attempts: BackendAttempt[]): Promise<boolean> {
  try {
    if (await tf.setBackend(name)) {
      await tf.ready();
      return true;
    }
    attempts.push({ backend: name, reason: 'it failed to initialise' });
  } catch (error) {
    attempts.push({ backend: name, reason: `it failed to initialise: ${firstLine(error)}` });
  }
  return false;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}
