import { CommanderError } from 'commander';
import { type ExitCode, exitCodes } from '../errors/cli-error';
import { describeError } from '../errors/describe-error';
import { scanGlobalFlags } from '../flags/global-options';
import { type CliIo, nodeIo } from '../io/cli-io';
import { Output } from '../io/output';
import { createProgram } from './create-program';

/** Commander's ways of finishing early: help and the version are successes (exit code 0). */
const earlyExits = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/**
 * Runs the `digitlab` command line (`argv` without the node and script paths) and resolves to the exit
 * code: 0 on success, 1 on failure, 2 on bad usage. Nothing is thrown and the process is never exited,
 * so tests and other programs can call it; errors are reported on `io.stderr` (and with `--json` as a
 * JSON document on stdout), with the stack trace only under `--debug`.
 */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo()): Promise<ExitCode> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCodes.success;
  } catch (error) {
    const flags = scanGlobalFlags(argv, io.env);
    const output = new Output(io, { ...flags, quiet: false });
    if (error instanceof CommanderError) {
      if (earlyExits.has(error.code)) return error.exitCode === 0 ? exitCodes.success : exitCodes.usage;
      // Commander's own messages (a missing argument, too many) start with its lowercase prefix.
      const message = error.message.replace(/^error: /, '');
      output.error(message);
      output.document({ ok: false, error: { name: 'UsageError', message, exitCode: exitCodes.usage } });
      return exitCodes.usage;
    }
    const description = describeError(error);
    output.error(description.message);
    if (flags.debug && error instanceof Error) io.stderr.write(`${error.stack ?? error.message}\n`);
    output.document({ ok: false, error: description });
    return description.exitCode;
  }
}
