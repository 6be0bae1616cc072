import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** `20261121-070503`: the local date and time, sortable and safe in file names. */
export function timestamp(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-` +
    `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
  );
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Options of {@link chooseRunFolder}. */
export interface RunFolderOptions {
  /** Folder relative paths are resolved against. */
  cwd: string;
  /** The run or lab name that ends the folder name, e.g. `'lenet5'`. */
  name: string;
  /** When the run started. */
  date: Date;
  /**
   * The folder to write, from `--out`; used as it is.
   * @default `runs/<timestamp>-<name>` under `cwd`, with `-2`, `-3`, ... added if that exists
   */
  out?: string | undefined;
}

/** Where a run's folder goes: `--out`, or a new `runs/<timestamp>-<name>/`. */
export async function chooseRunFolder(options: RunFolderOptions): Promise<string> {
  const { cwd, name, date, out } = options;
  if (out !== undefined) return resolve(cwd, out);
  const base = join(resolve(cwd, 'runs'), `${timestamp(date)}-${name}`);
  let candidate = base;
  for (let suffix = 2; await exists(candidate); suffix++) candidate = `${base}-${suffix}`;
  return candidate;
}
