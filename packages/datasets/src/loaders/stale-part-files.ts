import { nodeModule } from '../platform/node-module';

/** `<name>.<pid>-<random>.part`: the temporary files `downloadFile` writes. */
const partFile = /\.(\d+)-[a-z0-9]+\.part$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the `.part` files in `directory` left by downloads whose process is gone (killed mid-download, where no
 * clean-up code could run); those of a download still running elsewhere are left alone. Node only.
 */
export async function removeStalePartFiles(directory: string): Promise<string[]> {
  const { readdir, rm } = nodeModule('node:fs/promises');
  const { join } = nodeModule('node:path');
  const removed: string[] = [];
  for (const name of await readdir(directory)) {
    const pid = Number(partFile.exec(name)?.[1]);
    if (!pid || isRunning(pid)) continue;
    await rm(join(directory, name), { force: true });
    removed.push(name);
  }
  return removed;
}
