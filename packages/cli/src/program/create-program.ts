import type { Command } from 'commander';
import { cliVersion } from '../about/package-info';
import { registerCompareCommand } from '../commands/compare-command';
import { registerDatasetsCommand } from '../commands/datasets-command';
import { registerEvaluateCommand } from '../commands/evaluate-command';
import { registerLabCommand } from '../commands/lab-command';
import { registerModelsCommand } from '../commands/models-command';
import { registerPredictCommand } from '../commands/predict-command';
import { registerResumeCommand } from '../commands/resume-command';
import { registerRunCommand } from '../commands/run-command';
import { registerRunsCommand } from '../commands/runs-command';
import { registerSummaryCommand } from '../commands/summary-command';
import { registerTrainCommand } from '../commands/train-command';
import { UnknownNameError } from '../errors/unknown-name-error';
import { addGlobalOptions } from '../flags/global-options';
import type { CliIo } from '../io/cli-io';
import { DigitlabCommand } from './digitlab-command';

/**
 * The `digitlab` program. Commander reports through `io` and throws instead of exiting, so `runCli`
 * decides the exit code. Options are positional: `--json` before a command belongs to the program, after
 * it to the command, and both count.
 */
export function createProgram(io: CliIo): Command {
  const program = new DigitlabCommand('digitlab')
    .description(
      'The classic handwritten-digits deep-learning labs on TensorFlow.js.\n' +
        'With no command, trains the one-stage CNN on the embedded 8x8 digits (offline) and writes a run folder.',
    )
    .version(cliVersion, '-V, --version', 'print the version')
    .enablePositionalOptions()
    .exitOverride()
    .showSuggestionAfterError()
    .configureHelp({ sortSubcommands: false })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // runCli prints commander's errors itself, in the style of every other error.
      outputError: () => undefined,
    })
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  digitlab                                  the default run (about 3 s)\n' +
        '  digitlab lab xor                          one seed lab, with its own settings\n' +
        '  digitlab train --model lenet5 --dataset fashion-mnist --epochs 3\n' +
        '  digitlab evaluate runs/<run>              re-evaluate a saved run\n' +
        '  digitlab predict runs/<run> digit.png     classify an image\n' +
        '  digitlab resume runs/<run>                finish an interrupted run\n',
    );
  addGlobalOptions(program);
  registerRunCommand(program, io);
  registerTrainCommand(program, io);
  registerLabCommand(program, io);
  registerResumeCommand(program, io);
  registerEvaluateCommand(program, io);
  registerPredictCommand(program, io);
  registerCompareCommand(program, io);
  registerRunsCommand(program, io);
  registerSummaryCommand(program, io);
  registerModelsCommand(program, io);
  registerDatasetsCommand(program, io);
  program.hook('preSubcommand', (self, subcommand) => {
    // Commander hands the default command whatever does not name a command, so `digitlab trian
    // --model lenet5` would reach `run` and fail on `--model`: name the word that is not a command instead.
    const [first] = self.args;
    if (subcommand.name() === 'run' && first !== undefined && first !== 'run' && !first.startsWith('-')) {
      const names = [...program.commands.map((command) => command.name()), 'help'];
      throw new UnknownNameError('command', '<command>', first, names);
    }
  });
  return program;
}
