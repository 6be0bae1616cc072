/** Somewhere the CLI writes text: `process.stdout`, `process.stderr`, or a test's collector. */
export interface OutputStream {
  write(text: string): unknown;
  /** True for a terminal: colours and live progress bars are used only there. */
  readonly isTTY?: boolean;
  /** Width of the terminal in characters. */
  readonly columns?: number;
}

/** What the CLI reads from and writes to, so that `runCli` runs the same in a process and in a test. */
export interface CliIo {
  /** Results (one JSON document with `--json`). */
  readonly stdout: OutputStream;
  /** Errors, warnings, and with `--json` the progress. */
  readonly stderr: OutputStream;
  /** Environment variables; the CLI reads `NO_COLOR`, `XDG_CACHE_HOME` and `HOME`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Folder that relative paths and `runs/` are resolved against. */
  readonly cwd: string;
  /** The clock that dates run folders. */
  readonly now: () => Date;
}

/** The real process: its streams, environment, working folder and clock. */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
