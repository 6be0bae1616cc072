import { ConsumerTestsError } from './consumer-tests-error';

/** A command run in a consumer project exited non-zero, was killed, or could not start. */
export class CommandFailedError extends ConsumerTestsError {
  override readonly name: string = 'CommandFailedError';

  constructor(
    /** The command line, e.g. `npm install ./a.tgz`. */
    readonly command: string,
    /** The directory it ran in. */
    readonly cwd: string,
    /** Its exit code, or `null` when it was killed by a signal or timed out. */
    readonly exitCode: number | null,
    /** Everything it wrote to stdout. */
    readonly stdout: string,
    /** Everything it wrote to stderr. */
    readonly stderr: string,
  ) {
    super(
      `\`${command}\` failed in ${cwd}; its output follows, fix what it reports. ` +
        `Received: exitCode=${exitCode}\n--- stdout ---\n${stdout.slice(-4000)}\n--- stderr ---\n${stderr.slice(-4000)}`,
    );
  }
}
