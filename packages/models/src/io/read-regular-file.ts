import { requireNodeBuiltin } from '@digitlab/spec';
import { type FileSizeLimit, ModelFileError, modelFileError } from '../errors/model-file-error';

/**
 * Reads a regular file that is not a symbolic link, no longer than `limit.bytes` (its size is checked on the open
 * handle first: a FIFO would block the read forever, a link could point anywhere).
 */
export async function readRegularFile(file: string, limit: FileSizeLimit): Promise<Uint8Array> {
  // Through @digitlab/spec: nothing is imported, so browser bundles never see node:fs.
  const fs = requireNodeBuiltin<typeof import('node:fs/promises')>('node:fs/promises', 'loadModel');
  const info = await fs.lstat(file).catch((error: unknown) => {
    throw modelFileError(file, error);
  });
  if (info.isSymbolicLink()) throw new ModelFileError(file, 'SYMLINK');
  if (!info.isFile()) throw new ModelFileError(file, 'NOTFILE');
  const handle = await fs.open(
    file,
    fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW,
  );
  try {
    const { size } = await handle.stat();
    if (size > limit.bytes) throw new ModelFileError(file, 'TOOLARGE', `${size} bytes`, limit);
    const bytes = new Uint8Array(size);
    await handle.read(bytes, 0, size, 0);
    return bytes;
  } finally {
    await handle.close();
  }
}
