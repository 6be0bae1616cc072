import {
  DatasetsError,
  DownloadError,
  DownloadTimeoutError,
  describeAttempts,
  MissingFilesError,
} from '@digitlab/datasets';
import { MetricsError } from '@digitlab/metrics';
import { ModelsError } from '@digitlab/models';
import { BackendUnavailableError, TrainerError } from '@digitlab/trainer';
import { CliError, type ExitCode, exitCodes } from './cli-error';
import { fileErrorFor } from './file-error';
import { MissingDataError } from './missing-data-error';
import { tensorflowInstallAdvice } from './tensorflow-install-advice';

/** What the CLI says about an error, and the exit code it leads to. */
export interface ErrorDescription {
  /** The error's class name, e.g. `'UnknownNameError'`. */
  readonly name: string;
  readonly message: string;
  readonly exitCode: ExitCode;
}

/**
 * The message and exit code for an error: the CLI's own errors carry theirs; the libraries' errors are
 * failures (exit 1) whose messages already say what to do, with CLI advice added for missing data,
 * failed downloads and missing backends; a system error about a file names the file; anything else is an
 * unexpected failure.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof CliError)
    return { name: error.name, message: error.message, exitCode: error.exitCode };
  if (error instanceof MissingFilesError) {
    const cliError = new MissingDataError(error.datasetId, error.missing, error.searched, error.destination);
    return { name: cliError.name, message: cliError.message, exitCode: cliError.exitCode };
  }
  if (error instanceof DownloadError) {
    // The library's message names its own options (`mirrors`, `idleTimeoutMs`); the CLI's names its flags.
    const timedOut = error.attempts.some((attempt) => attempt.error instanceof DownloadTimeoutError);
    const message =
      `Could not download ${error.file}. Check the network, or put the file yourself in ${error.directory} ` +
      'or in a folder you pass as --data-dir <folder> (or set DIGITLAB_DATA_DIR)' +
      (timedOut ? '; for a slow mirror, raise --connect-timeout or --idle-timeout (seconds)' : '') +
      `. Received: ${describeAttempts(error.attempts)}`;
    return { name: error.name, message, exitCode: exitCodes.failure };
  }
  if (error instanceof BackendUnavailableError && error.requested === 'tensorflow') {
    return {
      name: error.name,
      message: `${error.message}\n${tensorflowInstallAdvice}`,
      exitCode: exitCodes.failure,
    };
  }
  if (
    error instanceof DatasetsError ||
    error instanceof ModelsError ||
    error instanceof TrainerError ||
    error instanceof MetricsError
  ) {
    return { name: error.name, message: error.message, exitCode: exitCodes.failure };
  }
  const fileError = fileErrorFor(error);
  if (fileError !== undefined) {
    return { name: fileError.name, message: fileError.message, exitCode: fileError.exitCode };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    name: error instanceof Error ? error.name : 'Error',
    message: `Unexpected error: ${message} (run again with --debug for the stack trace)`,
    exitCode: exitCodes.failure,
  };
}
