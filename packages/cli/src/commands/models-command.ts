import { modelCatalog } from '@digitlab/models';
import type { Command } from 'commander';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import type { CliIo } from '../io/cli-io';
import { textTable } from '../text/text-table';

/** `digitlab models`: the model catalog with input shapes and parameter counts. */
export function registerModelsCommand(program: Command, io: CliIo): void {
  const command = program.command('models').description('list the catalog models');
  addGlobalOptions(command).action((_options: unknown, self: Command) => {
    const output = outputFor(self, io);
    const rows = modelCatalog.map((entry) => [
      entry.name,
      `[${entry.inputShape.join(', ')}]`,
      entry.params.toLocaleString('en-US'),
      entry.description,
    ]);
    for (const line of textTable(['model', 'input', 'parameters', 'architecture'], rows, [2])) {
      output.result(line);
    }
    output.document({ ok: true, command: 'models', models: modelCatalog });
  });
}
