import { resolve } from 'node:path';
import type { Command } from 'commander';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { splitList } from '../flags/option-parsers';
import type { CliIo } from '../io/cli-io';
import { displayPath } from '../io/command-context';
import { renderCharts } from '../report/render-chart';
import { writeFileAtomically } from '../run-folder/write-file-atomically';
import { listRuns } from '../run-index/run-listing';
import { runsIndexCharts } from '../run-index/runs-index-charts';
import { runsIndexHtml } from '../run-index/runs-index-html';
import { runsTableHeader, runsTableRows } from '../run-index/runs-table';
import { selectRuns } from '../run-index/select-runs';
import { textTable } from '../text/text-table';

/** The options of `digitlab runs`, as commander parses them. */
interface RunsOptions {
  readonly select?: string[];
  /** `--index` alone is true; `--index <file>` names the file. */
  readonly index?: string | true;
}

/**
 * `digitlab runs [folder]`: the finished runs in a folder (default `runs`), oldest first, and with
 * `--index` an index.html that puts the selected runs' learning curves and scores side by side.
 */
export function registerRunsCommand(program: Command, io: CliIo): void {
  const command = program
    .command('runs')
    .description('list the runs in a folder, and write an index page comparing them')
    .argument('[folder]', 'the folder holding run folders', 'runs')
    .option(
      '--select <runs>',
      'runs to keep, separated by commas: run folders as listed, or lab or model names',
      (value) => splitList(value, '--select'),
    )
    .option('--index [file]', 'write an index page of the selected runs (default: <folder>/index.html)');
  addGlobalOptions(command).action(async (folderArgument: string, options: RunsOptions, self: Command) => {
    const output = outputFor(self, io);
    const folder = resolve(io.cwd, folderArgument);
    const runs = selectRuns(await listRuns(folder), options.select ?? []);
    if (runs.length === 0) output.result(`No finished runs in ${displayPath(folder, io.cwd)}.`);
    else for (const line of textTable(runsTableHeader, runsTableRows(runs), [3, 4])) output.result(line);
    let index: string | undefined;
    if (options.index !== undefined && runs.length > 0) {
      index = resolve(folder, options.index === true ? 'index.html' : options.index);
      const charts = await renderCharts(runsIndexCharts(runs));
      const title = `${runs.length} run${runs.length === 1 ? '' : 's'} in ${displayPath(folder, io.cwd)}`;
      await writeFileAtomically(index, runsIndexHtml(title, runs, charts, io.now()));
      output.result(`Index page: ${displayPath(index, io.cwd)}`);
    }
    output.document({
      ok: true,
      command: 'runs',
      folder,
      runs: runs.map(({ history: _history, ...run }) => run),
      ...(index === undefined ? {} : { index }),
    });
  });
}
