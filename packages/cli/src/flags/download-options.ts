import { downloadTimeoutDefaults } from '@digitlab/datasets';
import type { Command } from 'commander';
import { UsageError } from '../errors/usage-error';

/** How long downloads of data set files may wait, as the data set loaders take it (milliseconds). */
export interface DownloadFlags {
  /** `--connect-timeout`, in ms; undefined: the loader's default. */
  readonly connectTimeoutMs?: number | undefined;
  /** `--idle-timeout`, in ms; undefined: the loader's default. */
  readonly idleTimeoutMs?: number | undefined;
}

/** The values of the options {@link addDownloadOptions} adds, as commander parses them (milliseconds). */
export interface DownloadOptionValues {
  readonly connectTimeout?: number;
  readonly idleTimeout?: number;
}

/** The longest timeout the flags take, in seconds: an hour, beyond which a download is not waiting but hung. */
export const maxTimeoutSeconds = 3600;

/** Parses a number of seconds from 0.1 to {@link maxTimeoutSeconds} and gives it in milliseconds. */
export function secondsOption(option: string): (value: string) => number {
  return (value) => {
    const seconds = Number(value);
    if (value.trim() === '' || !(seconds >= 0.1 && seconds <= maxTimeoutSeconds)) {
      throw new UsageError(
        option,
        value,
        `${option} takes a number of seconds from 0.1 to ${maxTimeoutSeconds}, such as 30`,
      );
    }
    return Math.round(seconds * 1000);
  };
}

const seconds = (ms: number) => ms / 1000;

/** Which of the data-source flags a command takes, and how its help describes `--data-dir`. */
export interface DownloadOptionsShape {
  /** Whether the command takes `--offline` (`datasets fetch` does not: it exists to download). @default true */
  readonly offline?: boolean;
  /** `--data-dir`'s help text. @default 'folder searched first for MNIST / Fashion-MNIST files' */
  readonly dataDirHelp?: string;
}

/**
 * Adds the flags of a command that may download data set files, declared once here: `--data-dir`, `--offline`
 * (unless `shape.offline` is false), `--connect-timeout` and `--idle-timeout`. Left out, the timeouts stay
 * undefined and the loader applies its defaults.
 */
export function addDownloadOptions(command: Command, shape: DownloadOptionsShape = {}): Command {
  const { offline = true, dataDirHelp = 'folder searched first for MNIST / Fashion-MNIST files' } = shape;
  command.option('--data-dir <folder>', dataDirHelp);
  if (offline)
    command.option('--offline', 'never download data; fail with the files to put in place instead');
  return command
    .option(
      '--connect-timeout <seconds>',
      'how long a download mirror may take to answer before the next is tried ' +
        `(default: ${seconds(downloadTimeoutDefaults.connectTimeoutMs)})`,
      secondsOption('--connect-timeout'),
    )
    .option(
      '--idle-timeout <seconds>',
      'how long a download may receive nothing before it is abandoned as stalled ' +
        `(default: ${seconds(downloadTimeoutDefaults.idleTimeoutMs)})`,
      secondsOption('--idle-timeout'),
    );
}

/** The download flags among a command's options (which hold its other options too). */
export function downloadFlags(options: DownloadOptionValues): DownloadFlags {
  const { connectTimeout, idleTimeout } = options;
  return { connectTimeoutMs: connectTimeout, idleTimeoutMs: idleTimeout };
}
