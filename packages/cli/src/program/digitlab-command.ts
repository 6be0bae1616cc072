import { Command } from 'commander';
import { UnknownOptionError } from '../errors/unknown-option-error';

/**
 * A commander command whose unknown options are our {@link UnknownOptionError}: the option typed, the
 * closest of the command's own options, and exit code 2, in the same style as every other usage error.
 */
export class DigitlabCommand extends Command {
  override createCommand(name?: string): DigitlabCommand {
    return new DigitlabCommand(name);
  }

  /** Called by commander's parser for an option this command does not define (`--flag=value` included). */
  unknownOption(typed: string): never {
    const flag = typed.split('=')[0]!;
    const long = flag.startsWith('--');
    const valid = [
      ...this.options.map((option) => (long ? option.long : option.short)),
      long ? '--help' : '-h',
    ].filter((name): name is string => name !== undefined);
    throw new UnknownOptionError(this.path(), flag, valid);
  }

  /** The command as typed, e.g. `'digitlab datasets info'`. */
  path(): string {
    const names: string[] = [];
    for (let command: Command | null = this; command !== null; command = command.parent) {
      names.unshift(command.name());
    }
    return names.join(' ');
  }
}
