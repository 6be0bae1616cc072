import { ModelsError } from './models-error';

const problems: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'has a path through something that is not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (operation not permitted)',
  SYMLINK: 'is a symbolic link, which is not followed (it could point anywhere)',
  NOTFILE: 'is not a regular file (a FIFO, socket or device is refused)',
  TOOLARGE: 'is larger than a model.json can be',
};

/**
 * A saved model's file or folder cannot be used: missing, not a folder, a symbolic link, a special file, or
 * too large. `code` is the system error code, or `'SYMLINK'`, `'NOTFILE'`, `'TOOLARGE'`.
 */
export class ModelFileError extends ModelsError {
  /** The file or folder. */
  readonly path: string;
  /** The system error code (`'ENOENT'`, ...), or `'SYMLINK'`, `'NOTFILE'`, `'TOOLARGE'`. */
  override readonly code: string;

  constructor(path: string, code: string, received: string = code) {
    super(
      `The saved model's ${path} ${problems[code] ?? 'cannot be read'}; point to a folder holding model.json ` +
        `and its weights file, as save() writes it. Received: ${received}`,
    );
    this.path = path;
    this.code = code;
  }
}

/** The typed error for a system error about `path`, or the error itself when it is not one. */
export function modelFileError(path: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? new ModelFileError(path, code) : error;
}
