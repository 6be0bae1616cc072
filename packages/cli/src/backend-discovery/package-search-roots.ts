import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { type PlatformPath, posix, win32 } from 'node:path';

/** A `node_modules` folder where users install packages, and which of their habits it stands for. */
export interface SearchRoot {
  /** The folder that holds packages, e.g. `/usr/lib/node_modules`. */
  readonly folder: string;
  /** Where that is, for messages, e.g. `'the npm global prefix'`. */
  readonly place: string;
}

/** What the search roots depend on; tests pass their own. */
export interface SearchEnvironment {
  readonly cwd: string;
  /** The folder of the running digitlab code: what it depends on resolves from there upward. */
  readonly programFolder: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** @default process.platform */
  readonly platform?: NodeJS.Platform;
  /** The running node, whose install decides npm's default prefix. @default process.execPath */
  readonly execPath?: string;
  /** @default os.homedir() */
  readonly home?: string;
}

/**
 * Every place a user may have installed a package, in the order they are searched: beside digitlab itself
 * (the `node_modules` folders Node would search from its code, e.g. a global install of both), the project's
 * `node_modules` from the working folder upward (npm, pnpm and yarn 1 all link direct dependencies there),
 * `NODE_PATH`, the npm global prefix (`npm_config_prefix`, the `prefix` of the user's .npmrc, else beside
 * node), and the global folders of pnpm (`PNPM_HOME`) and yarn 1.
 */
export function packageSearchRoots(environment: SearchEnvironment): SearchRoot[] {
  const { cwd, env, programFolder } = environment;
  const { platform = process.platform, execPath = process.execPath, home = homedir() } = environment;
  const path = platform === 'win32' ? win32 : posix;
  const { join } = path;
  const roots: SearchRoot[] = [
    ...upward(path, programFolder, 'beside digitlab'),
    ...upward(path, cwd, 'the project (from the working folder up)'),
  ];
  for (const folder of (env.NODE_PATH ?? '').split(path.delimiter)) {
    if (folder !== '') roots.push({ folder, place: 'NODE_PATH' });
  }
  const prefix = npmGlobalPrefix(path, env, execPath, home);
  roots.push({
    folder: platform === 'win32' ? join(prefix, 'node_modules') : join(prefix, 'lib', 'node_modules'),
    place: 'the npm global prefix',
  });
  if (env.PNPM_HOME) {
    roots.push({
      folder: join(env.PNPM_HOME, 'global', '5', 'node_modules'),
      place: 'the pnpm global folder',
    });
  }
  const yarnData =
    platform === 'win32'
      ? join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Yarn', 'Data')
      : join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'yarn');
  roots.push({ folder: join(yarnData, 'global', 'node_modules'), place: 'the yarn global folder' });
  return roots;
}

/** `node_modules` in `start` and in each folder above it. */
function upward(path: PlatformPath, start: string, place: string): SearchRoot[] {
  const roots: SearchRoot[] = [];
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (path.basename(folder) !== 'node_modules') {
      roots.push({ folder: path.join(folder, 'node_modules'), place });
    }
    if (folder === path.parse(folder).root) return roots;
  }
}

/** npm's global prefix as npm itself works it out, short of running npm (which takes a second). */
function npmGlobalPrefix(
  path: PlatformPath,
  env: Readonly<Record<string, string | undefined>>,
  execPath: string,
  home: string,
): string {
  const configured = env.npm_config_prefix ?? env.NPM_CONFIG_PREFIX;
  if (configured) return configured;
  const fromNpmrc = npmrcPrefix(path, env.npm_config_userconfig ?? path.join(home, '.npmrc'), env, home);
  if (fromNpmrc !== undefined) return fromNpmrc;
  return path === win32 ? path.dirname(execPath) : path.dirname(path.dirname(execPath));
}

/** The `prefix = ...` line of an .npmrc, with `~` and `${VAR}` expanded as npm does; undefined if none. */
function npmrcPrefix(
  path: PlatformPath,
  file: string,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const line = text.split(/\r?\n/).find((entry) => /^\s*prefix\s*=/.test(entry));
  if (line === undefined) return undefined;
  const value = line
    .slice(line.indexOf('=') + 1)
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .replace(/\$\{([^}]+)\}/g, (_, name: string) => env[name] ?? '');
  return value.startsWith('~/') || value === '~' ? path.join(home, value.slice(1)) : value;
}
