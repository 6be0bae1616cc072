import { CliError, exitCodes } from './cli-error';

/**
 * A run failed after training had started, and what it had done was kept rather than lost: the message says
 * what went wrong, where the work is and how to continue.
 */
export class RunKeptError extends CliError {
  /** The run folder. */
  readonly folder: string;
  /** Where the work was kept: the run folder itself, or its staging folder. */
  readonly keptIn: string;
  /** Epochs completed and kept. */
  readonly epochs: number;

  constructor(
    problem: string,
    kept: { folder: string; keptIn: string; epochs: number; advice: string },
    cause: unknown,
  ) {
    // The cause's own message ends with what it received; that becomes this message's ending.
    const text = cause instanceof Error ? cause.message : String(cause);
    const at = text.lastIndexOf('. Received: ');
    const [reason, received] =
      at < 0
        ? [text, cause instanceof Error ? cause.name : 'no details']
        : [text.slice(0, at), text.slice(at + 12)];
    super(
      `${problem} (${reason}); kept the ${kept.epochs} epoch(s) done in ${kept.keptIn}; ${kept.advice}. ` +
        `Received: ${received}`,
      exitCodes.failure,
      { cause },
    );
    this.folder = kept.folder;
    this.keptIn = kept.keptIn;
    this.epochs = kept.epochs;
  }
}
