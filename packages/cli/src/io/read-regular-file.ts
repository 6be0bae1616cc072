import { constants, open } from 'node:fs/promises';

/** The errors {@link readRegularFile} refuses a file with, in the caller's words. */
export interface RegularFileRefusals {
  /** For a FIFO, socket or device. */
  readonly special: () => Error;
  /** For a file over the limit, given its size in bytes. */
  readonly tooLarge: (bytes: number) => Error;
}

/**
 * Reads a whole file, refusing before reading anything that is not a regular file (a FIFO would block forever,
 * a device never end) or is larger than `maxBytes`. Opened non-blocking so that a FIFO is refused, not waited on;
 * a system error (ENOENT, EACCES, ...) is thrown as it is, for the caller to tell.
 */
export async function readRegularFile(
  path: string,
  maxBytes: number,
  refuse: RegularFileRefusals,
): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refuse.special();
    if (info.size > maxBytes) throw refuse.tooLarge(info.size);
    const bytes = new Uint8Array(info.size);
    await handle.read(bytes, 0, info.size, 0);
    return bytes;
  } finally {
    await handle.close();
  }
}
