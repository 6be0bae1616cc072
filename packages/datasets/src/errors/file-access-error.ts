import { DatasetsError } from './datasets-error';

const problems: Record<string, string> = {
  ENOENT: 'does not exist',
  EACCES: 'cannot be accessed (permission denied)',
  EPERM: 'cannot be accessed (operation not permitted)',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'has a path through something that is not a folder',
  ENOSPC: 'cannot be written: the disk is full',
  EDQUOT: 'cannot be written: the disk quota is exhausted',
  EROFS: 'cannot be written: the file system is read-only',
  NOTFILE: 'is not a regular file (a FIFO, socket or device is refused)',
};

/**
 * A file could not be read or written: missing, a folder, not a regular file, no permission, or the disk is
 * full. `code` is the system error code (`'ENOSPC'`, ...), or `'NOTFILE'` for a special file.
 */
export class FileAccessError extends DatasetsError {
  /** The file. */
  readonly path: string;
  /** The system error code, e.g. `'ENOSPC'`, or `'NOTFILE'`. */
  override readonly code: string;

  constructor(path: string, code: string, cause?: unknown) {
    const problem = problems[code] ?? 'cannot be read or written';
    const advice = code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space and retry' : 'check the path';
    super(`The file ${path} ${problem}; ${advice}. Received: ${code}`, { cause });
    this.path = path;
    this.code = code;
  }
}

/** The typed error for a system error about `path`, or the error itself when it is not one. */
export function fileAccessError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? new FileAccessError(path, code, error) : error;
}
