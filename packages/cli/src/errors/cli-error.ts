import { DigitlabError } from '@digitlab/spec';

/** Exit status of the `digitlab` command. */
export const exitCodes = {
  /** The command did what it was asked. */
  success: 0,
  /** It failed: missing data, a backend that cannot start, an unreadable file. */
  failure: 1,
  /** The command line itself is wrong: unknown command, option or name, a bad number, shapes that cannot fit. */
  usage: 2,
} as const;

/** One of {@link exitCodes}. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/**
 * Base class of every error `@digitlab/cli` throws; `exitCode` is what the command exits with. `instanceof`
 * and `CliError.isInstance` also recognise the errors of another installed copy of the package.
 */
export class CliError extends DigitlabError {
  static override readonly kind: string = '@digitlab/cli';
  /** The process exit status this error leads to. */
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = exitCodes.failure, options?: { cause?: unknown }) {
    super(message, options);
    this.exitCode = exitCode;
  }
}
