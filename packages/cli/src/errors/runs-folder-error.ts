import { CliError, exitCodes } from './cli-error';

/** `runs` was pointed at a folder it cannot list, or asked for runs that are not in it. */
export class RunsFolderError extends CliError {
  /** The folder given. */
  readonly path: string;

  constructor(path: string, problem: string, received: string) {
    super(`Cannot list the runs in ${path}: ${problem}. Received: ${received}`, exitCodes.failure);
    this.path = path;
  }
}
