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

/** Base class of every error `@digitlab/cli` throws; `exitCode` is what the command exits with. */
export class CliError extends Error {
  /** The process exit status this error leads to. */
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = exitCodes.failure, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Formats a value for the `Received: ...` tail of an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describeValue).join(',')}]`;
  if (value !== null && typeof value === 'object') return JSON.stringify(value) ?? String(value);
  return String(value);
}
