import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BackendInfo, backendPackages, setupBackend } from '@digitlab/trainer';
import * as tf from '@tensorflow/tfjs-core';
import type { InstalledPackage } from '../backend-discovery/find-installed-package';
import { backendPackageImporter } from '../backend-discovery/import-backend-package';
import { packageSearchRoots } from '../backend-discovery/package-search-roots';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';

/** The backends the CLI offers: Node has no WebGL or WebGPU. */
export type CliBackend = 'auto' | 'tensorflow' | 'wasm' | 'cpu';

/** Every {@link CliBackend}. */
export const cliBackends: readonly CliBackend[] = ['auto', 'tensorflow', 'wasm', 'cpu'];

/** The backend {@link setupCliBackend} starts when none is chosen (`--backend` left out). */
export const defaultCliBackend: CliBackend = 'auto';

/** Options of {@link setupCliBackend}. */
export interface SetupCliBackendOptions {
  /** Register tfjs-core's gradients: only training needs them, and they take about a second to load. @default true */
  training?: boolean;
  /** The folder the user runs digitlab in, where a project's node_modules are looked for. @default process.cwd() */
  cwd?: string;
}

/** The backend the CLI set up, with the user-installed package it came from. */
export interface CliBackendInfo extends BackendInfo {
  /** tfjs-node(-gpu) as found in the user's install places; undefined for wasm and cpu (our own). */
  readonly installed: InstalledPackage | undefined;
}

const setupCliBackendOptionKeys: OptionKeys<SetupCliBackendOptions> = { training: true, cwd: true };

const programFolder = dirname(fileURLToPath(import.meta.url));

/**
 * Starts a tfjs backend through the trainer. `auto` takes tfjs-node-gpu or tfjs-node (`tensorflow`) when
 * the user installed one, else wasm, else cpu. tfjs-node(-gpu) is no dependency of ours (its install
 * downloads libtensorflow), so it is looked for where users install packages: beside digitlab, in the
 * project from the working folder up, NODE_PATH and the npm, pnpm and yarn global folders. wasm and cpu
 * are our own dependencies and are imported from here.
 */
export async function setupCliBackend(
  choice: CliBackend = defaultCliBackend,
  options: SetupCliBackendOptions = {},
): Promise<CliBackendInfo> {
  checkOptionKeys('setupCliBackend', options, setupCliBackendOptionKeys);
  const { training = true, cwd = process.cwd() } = options;
  quietTfjs();
  const importer = backendPackageImporter(packageSearchRoots({ cwd, env: process.env, programFolder }));
  const nodePackages: readonly string[] = backendPackages.tensorflow;
  const info = await setupBackend(choice, {
    candidates: ['tensorflow', 'wasm', 'cpu'],
    importPackage: (specifier) =>
      nodePackages.includes(specifier) ? importer.importPackage(specifier) : import(specifier),
    gradients: training,
  });
  const installed = info.packageName === undefined ? undefined : importer.loaded.get(info.packageName);
  return { ...info, installed };
}

/** One line saying which backend runs, from which package and on which device. */
export function describeCliBackend(info: CliBackendInfo): string {
  const from = info.installed
    ? ` from ${info.installed.name} ${info.installed.version} (${info.installed.place}: ${info.installed.folder})`
    : '';
  return `Backend: ${info.name}${from}, computing on ${info.device.description}`;
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
