import { CliError, exitCodes } from './cli-error';

/** `predict` was given a file it cannot use as model input. */
export class InputFileError extends CliError {
  /** The file given. */
  readonly path: string;
  /** What is wrong with it. */
  readonly problem: string;

  constructor(path: string, problem: string, received: string, options?: { cause?: unknown }) {
    super(`Cannot predict from ${path}: ${problem}. Received: ${received}`, exitCodes.failure, options);
    this.path = path;
    this.problem = problem;
  }
}
