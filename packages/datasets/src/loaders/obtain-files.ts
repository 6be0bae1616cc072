import { MissingFilesError } from '../errors/missing-files-error';
import { type DownloadProgress, downloadFile } from './download-file';
import type { IdxDatasetSource, RemoteFile } from './idx-dataset-source';
import { findFile, searchPlan } from './locate-files';
import { nodeModule } from './node-module';

export interface ObtainOptions {
  readonly dir: string | undefined;
  readonly cacheDir: string | undefined;
  readonly offline: boolean;
  readonly mirrors: readonly string[];
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly onProgress: ((progress: DownloadProgress) => void) | undefined;
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
    const path = await findFile(file.name, plan.dirs);
    if (path) paths.set(file.name, path);
  }
  const missing = files.filter((file) => !paths.has(file.name));
  if (missing.length === 0) return paths;
  if (options.offline) {
    const names = missing.map((file) => file.name);
    throw new MissingFilesError(source.title, source.id, names, plan.dirs, plan.downloadDir);
  }
  const { mkdir } = await nodeModule('node:fs/promises');
  await mkdir(plan.downloadDir, { recursive: true });
  for (const file of missing) {
    paths.set(file.name, await downloadFile(file, { ...options, directory: plan.downloadDir }));
  }
  return paths;
}
