import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors/usage-error';

/** Whether `path` is free for a new folder: absent, or an empty folder. */
async function isFree(path: string): Promise<boolean> {
  try {
    return (await readdir(path)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** Fails before any work when `path` holds something, so a long run cannot end on an unwritable target. */
export async function checkFolderFree(path: string, option = '--out'): Promise<void> {
  if (!(await isFree(path))) {
    throw new UsageError(
      option,
      path,
      `The folder ${path} already exists and is not empty; choose another ${option} or remove it`,
    );
  }
}

/** Temporary folders being written now, removed by {@link removeUnfinishedFolders} on an interrupt. */
const unfinished = new Set<string>();

/** Deletes the temporary folders of writes still in progress; for a SIGINT handler about to exit. */
export function removeUnfinishedFolders(): void {
  for (const folder of unfinished) rmSync(folder, { recursive: true, force: true });
  unfinished.clear();
}

/**
 * Writes a folder under a temporary name beside `target` and renames it into place once `write` has
 * finished, so a failed or interrupted run leaves no half-written folder behind (only the temporary one is
 * removed).
 */
export async function writeFolderAtomically(
  target: string,
  write: (folder: string) => Promise<void>,
): Promise<void> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(target)}.partial-`));
  unfinished.add(staging);
  try {
    await write(staging);
    await checkFolderFree(target);
    await rmdir(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    unfinished.delete(staging);
  }
}
