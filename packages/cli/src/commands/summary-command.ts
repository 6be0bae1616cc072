import { createModel, type ModelName } from '@digitlab/models';
import type { Command } from 'commander';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { modelNames, parseModelName, requireOption } from '../flags/option-parsers';
import type { CliIo } from '../io/cli-io';
import { setupCpuBackend } from '../training/cli-backends';

/** `digitlab summary --model <name>`: the Keras-style summary of a catalog model. */
export function registerSummaryCommand(program: Command, io: CliIo): void {
  const command = program
    .command('summary')
    .description(
      "print a catalog model's layers, output shapes and parameter counts, like Keras' model.summary()",
    )
    .option('--model <name>', `catalog model (required): ${modelNames.join(', ')}`, (value) =>
      parseModelName(value),
    );
  addGlobalOptions(command).action(async (flags: { model?: ModelName }, self: Command) => {
    const model = requireOption(
      flags.model,
      '--model',
      'digitlab summary',
      `one of ${modelNames.join(', ')}`,
    );
    const output = outputFor(self, io);
    // Building the weights needs a backend; cpu starts at once and is all a summary needs.
    await setupCpuBackend();
    const built = createModel(model, { seed: 0 });
    try {
      const summary = built.summary((line) => output.result(line));
      output.document({
        ok: true,
        command: 'summary',
        model,
        inputShape: built.inputShape,
        ...summary,
      });
    } finally {
      built.dispose();
    }
  });
}
