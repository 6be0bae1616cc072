import { type BackendInfo, setupBackend } from '@digitlab/trainer';
import * as tf from '@tensorflow/tfjs-core';
import { UnknownNameError } from '../errors/unknown-name-error';

/** The backends the CLI offers: Node has no WebGL or WebGPU. */
export type CliBackend = 'auto' | 'tensorflow' | 'wasm' | 'cpu';

/** Every {@link CliBackend}. */
export const cliBackends: readonly CliBackend[] = ['auto', 'tensorflow', 'wasm', 'cpu'];

/** Checks a `--backend` value. */
export function parseBackend(value: string): CliBackend {
  if (!(cliBackends as readonly string[]).includes(value)) {
    throw new UnknownNameError('backend', '--backend', value, cliBackends);
  }
  return value as CliBackend;
}

/** Options of {@link setupCliBackend}. */
export interface SetupCliBackendOptions {
  /** Register tfjs-core's gradients: only training needs them, and they take about a second to load. @default true */
  training?: boolean;
}

/**
 * Starts a tfjs backend through the trainer. `auto` takes tfjs-node (`tensorflow`) when the user installed
 * it, else wasm, else cpu. Packages are imported from here, so the CLI's own dependencies resolve.
 */
export async function setupCliBackend(
  choice: CliBackend,
  options: SetupCliBackendOptions = {},
): Promise<BackendInfo> {
  const { training = true } = options;
  quietTfjs();
  return setupBackend(choice, {
    candidates: ['tensorflow', 'wasm', 'cpu'],
    importPackage: (specifier) => import(specifier),
    gradients: training,
  });
}

/**
 * The cpu backend alone, without the trainer's gradients and kernels (whose registration costs more than
 * a second): enough to build a model and count its parameters.
 */
export async function setupCpuBackend(): Promise<void> {
  quietTfjs();
  await import('@tensorflow/tfjs-backend-cpu');
  await tf.setBackend('cpu');
}

function quietTfjs(): void {
  // tfjs-core otherwise prints an advertisement for tfjs-node on the first cpu op; the CLI says which
  // backend it runs on itself, and the README explains how to get the faster one.
  tf.env().set('PROD', true);
}
