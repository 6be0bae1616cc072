import type { Command } from 'commander';
import type { CliIo } from '../io/cli-io';
import { Output } from '../io/output';

/** The flags every command takes. */
export interface GlobalFlags {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly debug: boolean;
  /** False with `--no-color` or a non-empty `NO_COLOR` (https://no-color.org). */
  readonly color: boolean;
}

/** Adds `--json`, `--quiet`, `--no-color` and `--debug` to a command. */
export function addGlobalOptions(command: Command): Command {
  return command
    .option('--json', 'print one JSON document on stdout (progress goes to stderr)')
    .option('-q, --quiet', 'no progress and no narration: results and errors only')
    .option('--no-color', 'no colours (also when NO_COLOR is set)')
    .option('--debug', 'show the stack trace of an error');
}

const colorAllowed = (env: CliIo['env']) => (env.NO_COLOR ?? '') === '';

/** The global flags of a command, given on it or on any command above it (`digitlab --json models`). */
export function globalFlags(command: Command, env: CliIo['env']): GlobalFlags {
  const chain: Command[] = [];
  for (let current: Command | null = command; current !== null; current = current.parent) chain.push(current);
  const options = chain.map((current) => current.opts());
  return {
    json: options.some((values) => values.json === true),
    quiet: options.some((values) => values.quiet === true),
    debug: options.some((values) => values.debug === true),
    color: colorAllowed(env) && options.every((values) => values.color !== false),
  };
}

/**
 * The global flags read straight from the arguments, for errors commander reports before any command
 * runs (an unknown option, a missing argument).
 */
export function scanGlobalFlags(argv: readonly string[], env: CliIo['env']): GlobalFlags {
  const end = argv.indexOf('--');
  const flags = new Set(end === -1 ? argv : argv.slice(0, end));
  return {
    json: flags.has('--json'),
    quiet: flags.has('--quiet') || flags.has('-q'),
    debug: flags.has('--debug'),
    color: colorAllowed(env) && !flags.has('--no-color'),
  };
}

/** The output of a command, set up from its global flags. */
export function outputFor(command: Command, io: CliIo): Output {
  return new Output(io, globalFlags(command, io.env));
}
