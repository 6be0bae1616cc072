import type { FitEngine } from '@digitlab/trainer';
import type { Command } from 'commander';
import type { CliBackend } from '../training/cli-backends';
import { backendOption } from './backend-option';
import {
  addDownloadOptions,
  type DownloadFlags,
  type DownloadOptionValues,
  downloadFlags,
} from './download-options';
import { integerOption, optionLimits, parseEngine } from './option-parsers';

/**
 * Where and how a run happens, beside its recipe: the backend, the data's location, how long downloads may
 * wait, and the output folder.
 */
export interface RunFlags extends DownloadFlags {
  /** `--backend`; undefined: `setupCliBackend`'s default. */
  readonly backend?: CliBackend | undefined;
  /** `--engine`: the trainer's fused WebAssembly engine, tfjs ops, or whichever fits (undefined: `fit`'s default, auto). */
  readonly engine?: FitEngine | undefined;
  /** `--threads`: threads of the fused engine (undefined: the trainer's default). */
  readonly threads?: number | undefined;
  /** `--data-dir`: a folder searched first for MNIST / Fashion-MNIST files. */
  readonly dataDir?: string | undefined;
  /** `--offline`: never download. */
  readonly offline: boolean;
  /** `--out`: the run (or comparison) folder. */
  readonly out?: string | undefined;
}

/** The values of the options {@link addRunOptions} adds, as commander parses them. */
export interface RunOptionValues
  extends Omit<RunFlags, 'offline' | keyof DownloadFlags>,
    DownloadOptionValues {
  readonly offline?: boolean;
}

/**
 * Adds `--backend`, `--engine`, `--threads`, `--data-dir`, `--offline`, `--connect-timeout`, `--idle-timeout`
 * and `--out`.
 */
export function addRunOptions(
  command: Command,
  outDescription = 'the run folder (default: runs/<timestamp>-<name>)',
): Command {
  command
    .addOption(backendOption())
    .option(
      '--engine <name>',
      "how batches are computed: fused (digitlab's WebAssembly engine), tfjs (tfjs ops) or auto " +
        '(the default: fused on wasm and cpu when it covers the model)',
      (value) => parseEngine(value),
    )
    .option(
      '--threads <n>',
      'threads of the fused engine (default: the cores, 4 at most; 1 for tiny models)',
      integerOption('--threads', 1, optionLimits.threads),
    );
  return addDownloadOptions(command).option('--out <folder>', outDescription);
}

/** The run flags among a command's options (which hold its other options too). */
export function runFlags(options: RunOptionValues): RunFlags {
  const { backend, engine, threads, dataDir, offline = false, out } = options;
  return { backend, engine, threads, dataDir, offline, ...downloadFlags(options), out };
}
