import { isAbsolute, relative } from 'node:path';
import type { CliIo } from './cli-io';
import type { Output } from './output';

/** What a command's action works with. */
export interface CommandContext {
  readonly io: CliIo;
  readonly output: Output;
  /** The command's name, e.g. `'train'`, for the `--json` document. */
  readonly command: string;
}

/** A path as the user would type it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
