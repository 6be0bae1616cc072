import { MissingFilesError } from '../errors/missing-files-error';
import { nodeModule } from '../platform/node-module';
import { type DownloadProgress, downloadFile } from './download-file';
import type { IdxDatasetSource, RemoteFile } from './idx-dataset-source';
import { type FileOrigin, findFile, searchPlan } from './locate-files';
import { removeStalePartFiles } from './stale-part-files';

export interface ObtainOptions {
  readonly dir: string | undefined;
  readonly cacheDir: string | undefined;
  readonly offline: boolean;
  readonly mirrors: readonly string[];
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly onProgress: ((progress: DownloadProgress) => void) | undefined;
  readonly onFile: ((file: LocatedFile) => void) | undefined;
  readonly connectTimeoutMs: number;
  readonly idleTimeoutMs: number;
}

/** Where a data set file was taken from, as reported to the loaders' `onFile`. */
export interface LocatedFile {
  /** The file name, e.g. `'t10k-images-idx3-ubyte.gz'`. */
  readonly file: string;
  /** The path read. */
  readonly path: string;
  /** What kind of folder it was found in, or `'download'` when it was just downloaded into the cache. */
  readonly origin: FileOrigin;
}

/**
 * Finds each file in the search folders, or downloads it into the cache (Node only). Returns the path by file
 * name. With `offline`, throws {@link MissingFilesError} listing every file not found.
 */
export async function obtainFiles(
  source: IdxDatasetSource,
  files: readonly RemoteFile[],
  options: ObtainOptions,
): Promise<Map<string, string>> {
  const plan = await searchPlan(source.id, options.dir, source.systemDirs, options.cacheDir);
  const paths = new Map<string, string>();
  for (const file of files) {
    const found = await findFile(file.name, plan.dirs);
    if (found === undefined) continue;
    paths.set(file.name, found.path);
    options.onFile?.({ file: file.name, path: found.path, origin: plan.origins[found.dirIndex]! });
  }
  const missing = files.filter((file) => !paths.has(file.name));
  if (missing.length === 0) return paths;
  if (options.offline) {
    const names = missing.map((file) => file.name);
    throw new MissingFilesError(source.title, source.id, names, plan.dirs, plan.downloadDir);
  }
  const { mkdir } = nodeModule('node:fs/promises');
  await mkdir(plan.downloadDir, { recursive: true });
  await removeStalePartFiles(plan.downloadDir);
  for (const file of missing) {
    const path = await downloadFile(file, { ...options, directory: plan.downloadDir });
    paths.set(file.name, path);
    options.onFile?.({ file: file.name, path, origin: 'download' });
  }
  return paths;
}
