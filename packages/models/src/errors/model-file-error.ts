import { ModelsError } from './models-error';

const problems: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'has a path through something that is not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (operation not permitted)',
  SYMLINK: 'is a symbolic link, which is not followed (it could point anywhere)',
  NOTFILE: 'is not a regular file (a FIFO, socket or device is refused)',
};

/** A size limit a file broke, and the option that raises it. */
export interface FileSizeLimit {
  /** The limit in bytes. */
  readonly bytes: number;
  /** The option that raises it, e.g. `'maxModelJsonBytes'`; none for a size the file's own manifest sets. */
  readonly option?: string;
}

/**
 * A saved model's file or folder cannot be used: missing, not a folder, a symbolic link, a special file, or
 * too large. `code` is the system error code, or `'SYMLINK'`, `'NOTFILE'`, `'TOOLARGE'`.
 */
export class ModelFileError extends ModelsError {
  /** The file or folder. */
  readonly path: string;
  /** The system error code (`'ENOENT'`, ...), or `'SYMLINK'`, `'NOTFILE'`, `'TOOLARGE'`. */
  override readonly code: string;
  /** With `'TOOLARGE'`: the limit broken and the option that raises it. */
  readonly limit: FileSizeLimit | undefined;

  /**
   * @param received What was found, e.g. `'20000000 bytes'`; the message ends with it.
   * @param limit With `'TOOLARGE'`, the limit broken: the message names the option that raises it.
   */
  constructor(path: string, code: string, received: string = code, limit?: FileSizeLimit) {
    const advice =
      limit?.option === undefined
        ? 'point to a folder holding model.json and its weights file, as save() writes it'
        : `if it is genuine, raise \`${limit.option}\``;
    const problem =
      limit === undefined
        ? (problems[code] ?? 'cannot be read')
        : `is larger than the limit of ${limit.bytes} bytes`;
    super(`The saved model's ${path} ${problem}; ${advice}. Received: ${received}`, {
      received,
      hint: advice,
    });
    this.path = path;
    this.code = code;
    this.limit = limit;
  }
}

/** The typed error for a system error about `path`, or the error itself when it is not one. */
export function modelFileError(path: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? new ModelFileError(path, code) : error;
}
