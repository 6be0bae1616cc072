import { Command } from 'commander';
import { registerCompareCommand } from '../commands/compare-command';
import { registerDatasetsCommand } from '../commands/datasets-command';
import { registerEvaluateCommand } from '../commands/evaluate-command';
import { registerLabCommand } from '../commands/lab-command';
import { registerModelsCommand } from '../commands/models-command';
import { registerPredictCommand } from '../commands/predict-command';
import { registerRunCommand } from '../commands/run-command';
import { registerRunsCommand } from '../commands/runs-command';
import { registerSummaryCommand } from '../commands/summary-command';
import { registerTrainCommand } from '../commands/train-command';
import { cliVersion } from '../package-info';
import type { CliIo } from './cli-io';
import { addGlobalOptions } from './global-options';

/**
 * The `digitlab` program. Commander reports through `io` and throws instead of exiting, so `runCli`
 * decides the exit code. Options are positional: `--json` before a command belongs to the program, after
 * it to the command, and both count.
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('digitlab')
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
    })
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  digitlab                                  the default run (about 3 s)\n' +
        '  digitlab lab xor                          one seed lab, with its own settings\n' +
        '  digitlab train --model lenet5 --dataset fashion-mnist --epochs 3\n' +
        '  digitlab evaluate runs/<run>              re-evaluate a saved run\n' +
        '  digitlab predict runs/<run> digit.png     classify an image\n',
    );
  addGlobalOptions(program);
  registerRunCommand(program, io);
  registerTrainCommand(program, io);
  registerLabCommand(program, io);
  registerEvaluateCommand(program, io);
  registerPredictCommand(program, io);
  registerCompareCommand(program, io);
  registerRunsCommand(program, io);
  registerSummaryCommand(program, io);
  registerModelsCommand(program, io);
  registerDatasetsCommand(program, io);
  return program;
}
