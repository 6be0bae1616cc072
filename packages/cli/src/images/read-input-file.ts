import { CliError } from '../errors/cli-error';
import { FileLimitError } from '../errors/file-limit-error';
import { InputFileError } from '../errors/input-file-error';
import { readRegularFile } from '../io/read-regular-file';

/**
 * Reads an input file whole, refusing before reading anything that is not a regular file or is larger than
 * `maxBytes` (raised by `--max-input-mib`).
 */
export function readInputFile(path: string, maxBytes: number): Promise<Uint8Array> {
  return readRegularFile(path, maxBytes, {
    special: () =>
      new InputFileError(
        path,
        'it is not a regular file (FIFOs, sockets and devices are refused)',
        'a special file',
      ),
    tooLarge: (bytes) => new FileLimitError(path, maxBytes, '--max-input-mib', `${bytes} bytes`),
  }).catch((error: unknown) => {
    // Its own refusals pass; a system error (ENOENT, EACCES, ...) is told as one about the input file.
    const { code } = error as NodeJS.ErrnoException;
    if (error instanceof CliError || typeof code !== 'string') throw error;
    throw new InputFileError(path, 'the file cannot be read', code, { cause: error });
  });
}
