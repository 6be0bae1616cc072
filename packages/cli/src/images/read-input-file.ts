import { constants, open } from 'node:fs/promises';
import { FileLimitError } from '../errors/file-limit-error';
import { InputFileError } from '../errors/input-file-error';

/**
 * Reads an input file whole, refusing before reading anything that is not a regular file (a FIFO would block
 * forever, a device never end) or is larger than `maxBytes` (raised by `--max-input-mib`).
 */
export async function readInputFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new InputFileError(path, 'the file cannot be read', code, { cause: error });
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new InputFileError(
        path,
        'it is not a regular file (FIFOs, sockets and devices are refused)',
        'a special file',
      );
    }
    if (info.size > maxBytes)
      throw new FileLimitError(path, maxBytes, '--max-input-mib', `${info.size} bytes`);
    const bytes = new Uint8Array(info.size);
    await handle.read(bytes, 0, info.size, 0);
    return bytes;
  } finally {
    await handle.close();
  }
}
