import type { FileHandle } from 'node:fs/promises';
import { FileAccessError, fileAccessError } from '../errors/file-access-error';
import { nodeModule } from '../platform/node-module';

/**
 * Opens a file for reading (Node only) and returns its handle and size, refusing anything but a regular file:
 * a FIFO would block the read forever, a device could stream without end. Opened non-blocking and checked on
 * the handle itself, so the file cannot be swapped between the check and the read. System errors become a
 * {@link FileAccessError} naming the file.
 */
export async function openRegularFile(path: string): Promise<{ handle: FileHandle; size: number }> {
  const { open, constants } = nodeModule('node:fs/promises');
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw fileAccessError(path, error);
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw new FileAccessError(path, 'NOTFILE');
  }
  return { handle, size: info.size };
}
