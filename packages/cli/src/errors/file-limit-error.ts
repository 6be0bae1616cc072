import { CliError, exitCodes } from './cli-error';

/** A limit as the flags give it: whole mebibytes, else bytes. */
const inMebibytes = (bytes: number) => (bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${bytes} bytes`);

/** A file the command reads is larger than a limit that a flag raises; the message names the flag. */
export class FileLimitError extends CliError {
  /** The file. */
  readonly path: string;
  /** The limit in bytes. */
  readonly limit: number;
  /** The flag that raises it, e.g. `'--max-model-json-mib'`. */
  readonly flag: string;

  constructor(path: string, limit: number, flag: string, received: string, options?: { cause?: unknown }) {
    super(
      `The file ${path} is larger than the limit of ${inMebibytes(limit)}; if it is genuine, pass a larger ` +
        `${flag}. Received: ${received}`,
      exitCodes.failure,
      options,
    );
    this.path = path;
    this.limit = limit;
    this.flag = flag;
  }
}
