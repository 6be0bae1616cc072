import { nodeModule } from '../platform/node-module';

/**
 * Where a data set file was found: the `dir` option, `$DIGITLAB_DATA_DIR/<id>`, a system folder (e.g.
 * Debian's package), the download cache, or downloaded just now into the cache.
 */
export type FileOrigin = 'dir' | 'DIGITLAB_DATA_DIR' | 'system' | 'cache' | 'download';

/** The folders searched for a data set's files, in order, what each is, and where downloads go. */
export interface SearchPlan {
  readonly dirs: readonly string[];
  /** The origin of each of `dirs`. */
  readonly origins: readonly FileOrigin[];
  readonly downloadDir: string;
}

/** The environment variables {@link defaultCacheDir} reads. */
export interface CacheEnv {
  readonly XDG_CACHE_HOME?: string | undefined;
  readonly HOME?: string | undefined;
}

/**
 * The cache folder (Node only): `$XDG_CACHE_HOME/digitlab`, else `$HOME/.cache/digitlab` (the user's home
 * folder without `HOME`). A data set's files go to `<cache folder>/<id>`, e.g. `~/.cache/digitlab/mnist`.
 * @param env Where to read the variables, e.g. a command's own environment. @default process.env
 */
export async function defaultCacheDir(env: CacheEnv = process.env): Promise<string> {
  const { join } = nodeModule('node:path');
  const { homedir } = nodeModule('node:os');
  return env.XDG_CACHE_HOME
    ? join(env.XDG_CACHE_HOME, 'digitlab')
    : join(env.HOME || homedir(), '.cache', 'digitlab');
}

/**
 * Builds the search order (Node only): an explicit `dir`; `$DIGITLAB_DATA_DIR/<id>`; the system folders; the cache,
 * `<cacheDir>/<id>`, where `cacheDir` defaults to `$XDG_CACHE_HOME/digitlab` or `~/.cache/digitlab`.
 */
export async function searchPlan(
  id: string,
  dir: string | undefined,
  systemDirs: readonly string[],
  cacheDir: string | undefined,
): Promise<SearchPlan> {
  const { join } = nodeModule('node:path');
  const dataDir = process.env.DIGITLAB_DATA_DIR;
  const cacheRoot = cacheDir ?? (await defaultCacheDir());
  const downloadDir = join(cacheRoot, id);
  const candidates: [string | undefined, FileOrigin][] = [
    [dir, 'dir'],
    [dataDir ? join(dataDir, id) : undefined, 'DIGITLAB_DATA_DIR'],
    ...systemDirs.map((systemDir): [string, FileOrigin] => [systemDir, 'system']),
    [downloadDir, 'cache'],
  ];
  const kept = candidates.filter((entry): entry is [string, FileOrigin] => Boolean(entry[0]));
  return { dirs: kept.map(([path]) => path), origins: kept.map(([, origin]) => origin), downloadDir };
}

/**
 * The first existing path of `name` (or of `name` without `.gz`, a decompressed copy) in `dirs`, with the
 * index of the folder it is in.
 */
export async function findFile(
  name: string,
  dirs: readonly string[],
): Promise<{ readonly path: string; readonly dirIndex: number } | undefined> {
  const { stat } = nodeModule('node:fs/promises');
  const { join } = nodeModule('node:path');
  const names = name.endsWith('.gz') ? [name, name.slice(0, -3)] : [name];
  for (const [dirIndex, dir] of dirs.entries()) {
    for (const candidate of names) {
      const path = join(dir, candidate);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) return { path, dirIndex };
    }
  }
  return undefined;
}
