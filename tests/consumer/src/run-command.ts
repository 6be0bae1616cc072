import { spawn } from 'node:child_process';
import { CommandFailedError } from './errors/command-failed-error';

/** Options of {@link runCommand}. */
export interface RunCommandOptions {
  /** Directory to run in. */
  cwd: string;
  /**
   * The whole environment of the command.
   * @default process.env
   */
  env?: NodeJS.ProcessEnv;
  /**
   * Kill the command after this many milliseconds.
   * @default 300_000
   */
  timeoutMs?: number;
  /**
   * Resolve instead of throwing when the command exits non-zero (for asserting expected failures).
   * @default false
   */
  allowFailure?: boolean;
}

/** What a finished command printed and how it exited. */
export interface CommandResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command without a shell, collecting its output. Throws {@link CommandFailedError} (with the
 * output) when it exits non-zero, unless `allowFailure` is set.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: RunCommandOptions,
): Promise<CommandResult> {
  const { cwd, env = process.env, timeoutMs = 300_000, allowFailure = false } = options;
  const commandLine = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) =>
      reject(new CommandFailedError(commandLine, cwd, null, stdout, String(error))),
    );
    child.on('close', (exitCode) => {
      if (exitCode === 0 || allowFailure) resolve({ exitCode, stdout, stderr });
      else reject(new CommandFailedError(commandLine, cwd, exitCode, stdout, stderr));
    });
  });
}
