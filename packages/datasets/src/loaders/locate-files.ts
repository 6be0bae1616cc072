import { nodeModule } from './node-module';
/** The folders searched for a data set's files, in order, and where downloads go. */
export interface SearchPlan {
  readonly dirs: readonly string[];
  readonly downloadDir: string;
}

/**
 * The cache folder (Node only): `$XDG_CACHE_HOME/digitlab`, else `~/.cache/digitlab`. A data set's files go to
 * `<cache folder>/<id>`, e.g. `~/.cache/digitlab/mnist`.
 */
export async function defaultCacheDir(): Promise<string> {
  const { join } = await nodeModule('node:path');
  const { homedir } = await nodeModule('node:os');
  const cacheHome = process.env.XDG_CACHE_HOME;
  return cacheHome ? join(cacheHome, 'digitlab') : join(homedir(), '.cache', 'digitlab');
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
  const { join } = await nodeModule('node:path');
  const dataDir = process.env.DIGITLAB_DATA_DIR;
  const cacheRoot = cacheDir ?? (await defaultCacheDir());
  const downloadDir = join(cacheRoot, id);
  const dirs = [dir, dataDir ? join(dataDir, id) : undefined, ...systemDirs, downloadDir];
  return { dirs: dirs.filter((candidate): candidate is string => Boolean(candidate)), downloadDir };
}

/** The first existing path of `name` (or of `name` without `.gz`, a decompressed copy) in `dirs`. */
export async function findFile(name: string, dirs: readonly string[]): Promise<string | undefined> {
  const { stat } = await nodeModule('node:fs/promises');
  const { join } = await nodeModule('node:path');
  const names = name.endsWith('.gz') ? [name, name.slice(0, -3)] : [name];
  for (const dir of dirs) {
    for (const candidate of names) {
      const path = join(dir, candidate);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile()) return path;
    }
  }
  return undefined;
}
