import { join } from 'node:path';
import { defaultCacheDir } from '@digitlab/datasets';
import type { Command } from 'commander';
import { describeDataSource } from '../data/data-source';
import { datasetCatalog, datasetNames, findDataset } from '../data/dataset-catalog';
import type { LabSplit } from '../data/lab-data';
import { loadLabData } from '../data/load-lab-data';
import { UnknownNameError } from '../errors/unknown-name-error';
import { addDownloadOptions, type DownloadOptionValues, downloadFlags } from '../flags/download-options';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { integerOption, optionLimits } from '../flags/option-parsers';
import type { CliIo } from '../io/cli-io';
import type { Output } from '../io/output';
import { downloadProgress } from '../progress/download-progress';
import { textTable } from '../text/text-table';

function classCounts(split: LabSplit, numClasses: number): number[] {
  const counts = new Array<number>(numClasses).fill(0);
  for (const label of split.y) counts[label]!++;
  return counts;
}

function list(output: Output): void {
  const rows = datasetCatalog.map((entry) => [
    entry.name,
    `[${entry.sampleShape.join(', ')}]`,
    String(entry.classes),
    entry.description,
  ]);
  for (const line of textTable(['dataset', 'sample', 'classes', 'description'], rows, [2]))
    output.result(line);
  output.document({ ok: true, command: 'datasets list', datasets: datasetCatalog });
}

/** The options of `digitlab datasets info` and `fetch` (which has no `--seed` or `--offline`). */
interface DatasetsOptions extends DownloadOptionValues {
  readonly seed?: number;
  readonly dataDir?: string;
  readonly offline?: boolean;
}

async function info(name: string, options: DatasetsOptions, output: Output): Promise<void> {
  const entry = findDataset(name, '<name>');
  const seed = options.seed ?? 42;
  const data = await loadLabData(entry.name, {
    seed,
    dataDir: options.dataDir,
    offline: options.offline === true,
    ...downloadFlags(options),
    onDownload: downloadProgress(output.progressStream, output.progressColors).onProgress,
  });
  output.say(output.errorColors.dim(`Data: ${describeDataSource(entry.name, data.source)}`));
  const train = classCounts(data.train, data.numClasses);
  const test = classCounts(data.test, data.numClasses);
  const share = (count: number, total: number) => `${((100 * count) / total).toFixed(1)}%`;
  output.result(`${entry.name}: ${entry.description}`);
  output.result(
    `sample shape [${data.sampleShape.join(', ')}], ${data.numClasses} classes; ` +
      `${data.train.count} train and ${data.test.count} test samples` +
      (entry.testSet === 'split' ? ` (seeded split: 25% test, seed ${seed})` : ' (official test set)'),
  );
  output.result('');
  const rows = data.classNames.map((className, label) => [
    String(label),
    className,
    String(train[label]),
    share(train[label]!, data.train.count),
    String(test[label]),
    share(test[label]!, data.test.count),
  ]);
  for (const line of textTable(['class', 'name', 'train', 'share', 'test', 'share'], rows, [0, 2, 3, 4, 5])) {
    output.result(line);
  }
  output.document({
    ok: true,
    command: 'datasets info',
    dataset: entry.name,
    sampleShape: data.sampleShape,
    classNames: data.classNames,
    train: { count: data.train.count, classCounts: train },
    test: { count: data.test.count, classCounts: test },
  });
}

async function fetch(name: string, options: DatasetsOptions, output: Output, io: CliIo): Promise<void> {
  const entry = findDataset(name, '<name>');
  if (entry.source !== 'files') {
    output.result(
      `${entry.name} is ${entry.source === 'embedded' ? 'embedded in @digitlab/datasets' : 'generated'}: nothing to fetch.`,
    );
    output.document({ ok: true, command: 'datasets fetch', dataset: entry.name, fetched: false });
    return;
  }
  // The command's own environment (a test's, or the user's), as @digitlab/datasets reads it.
  const cacheDir = await defaultCacheDir(io.env);
  const downloads = downloadProgress(output.progressStream, output.progressColors);
  const data = await loadLabData(entry.name, {
    cacheDir,
    dataDir: options.dataDir,
    ...downloadFlags(options),
    onDownload: downloads.onProgress,
  }).finally(() => downloads.finish());
  output.say(output.errorColors.dim(`Data: ${describeDataSource(entry.name, data.source)}`));
  output.result(
    `${entry.name} is ready: ${data.train.count} train and ${data.test.count} test images ` +
      `(downloads are kept in ${join(cacheDir, entry.name)}).`,
  );
  output.document({
    ok: true,
    command: 'datasets fetch',
    dataset: entry.name,
    fetched: true,
    cacheDir: join(cacheDir, entry.name),
    train: data.train.count,
    test: data.test.count,
  });
}

/** `digitlab datasets list|info|fetch`. */
export function registerDatasetsCommand(program: Command, io: CliIo): void {
  const datasets = addGlobalOptions(
    program
      .command('datasets')
      .description('list the data sets (also what `datasets` alone does), describe one, or download one')
      .allowExcessArguments(),
  ).action((_options: unknown, self: Command) => {
    // With an action of its own, commander hands this one any word that is not a subcommand.
    const [first] = self.args;
    if (first === 'help') self.help();
    if (first !== undefined) {
      const names = self.commands.map((command) => command.name());
      throw new UnknownNameError('command', 'datasets <command>', first, names);
    }
    list(outputFor(self, io));
  });
  addGlobalOptions(datasets.command('list').description('list the data sets')).action(
    (_options: unknown, self: Command) => list(outputFor(self, io)),
  );
  const names = datasetNames.join(', ');
  addGlobalOptions(
    addDownloadOptions(
      datasets
        .command('info')
        .description('print sample counts and the class distribution of the train and test sets')
        .argument('<name>', `the data set: ${names}`)
        .option(
          '--seed <n>',
          'seed of the train/test split of xor and digits (default: 42)',
          integerOption('--seed', 0, optionLimits.seed),
        ),
    ),
  ).action((name: string, options: DatasetsOptions, self: Command) =>
    info(name, options, outputFor(self, io)),
  );
  addGlobalOptions(
    addDownloadOptions(
      datasets
        .command('fetch')
        .description('download MNIST or Fashion-MNIST into the cache (checksums verified), with progress')
        .argument('<name>', `the data set: ${names}`),
      { offline: false, dataDirHelp: 'folder searched first; files found there are not downloaded' },
    ),
  ).action((name: string, options: DatasetsOptions, self: Command) =>
    fetch(name, options, outputFor(self, io), io),
  );
}
