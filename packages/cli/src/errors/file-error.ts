import { CliError, exitCodes } from './cli-error';

const problems: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'has a path through something that is not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'is not accessible (permission denied)',
  EPERM: 'is not accessible (operation not permitted)',
  ENOSPC: 'cannot be written: the disk is full',
  EDQUOT: 'cannot be written: the disk quota is exhausted',
  EROFS: 'cannot be written: the file system is read-only',
  ELOOP: 'is a loop of symbolic links',
  ENAMETOOLONG: 'has too long a name',
};

/** A file or folder the command needs cannot be used; the message names it and never quotes its content. */
export class FileError extends CliError {
  /** The file or folder. */
  readonly path: string;

  constructor(path: string, problem: string, received: string, options?: { cause?: unknown }) {
    super(`The file ${path} ${problem}; check the path. Received: ${received}`, exitCodes.failure, options);
    this.path = path;
  }
}

/** The typed error for a system error that names a path (`ENOENT`, `EISDIR`, ...), else undefined. */
export function fileErrorFor(error: unknown): FileError | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  return new FileError(path, problems[code] ?? 'cannot be used', code, { cause: error });
}
