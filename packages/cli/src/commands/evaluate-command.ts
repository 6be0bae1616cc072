import { evaluate, predict } from '@digitlab/trainer';
import type { Command } from 'commander';
import { checkInputShape } from '../data/check-input-shape';
import { describeDataSource } from '../data/data-source';
import { type DatasetName, datasetNames, findDataset } from '../data/dataset-catalog';
import { datasetForInput } from '../data/dataset-for-input';
import { loadLabTestSet } from '../data/load-lab-data';
import { backendOption } from '../flags/backend-option';
import { addDownloadOptions, type DownloadOptionValues, downloadFlags } from '../flags/download-options';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { maxModelJsonOption } from '../flags/limit-options';
import { parseDatasetName } from '../flags/option-parsers';
import type { CliIo } from '../io/cli-io';
import { displayPath } from '../io/command-context';
import type { Output } from '../io/output';
import { downloadProgress } from '../progress/download-progress';
import { analysePredictions } from '../training/analyse-predictions';
import { toClassProbabilities } from '../training/class-probabilities';
import { type CliBackend, describeCliBackend, setupCliBackend } from '../training/cli-backends';
import { loadModelFolder, locateModel } from '../training/model-files';
import { divergedModelNote, readRunInfo } from '../training/saved-run-info';

/** The options of `digitlab evaluate`, as commander parses them. */
interface EvaluateOptions extends DownloadOptionValues {
  /** `--max-model-json-mib`, in bytes; undefined: `fileSystem`'s default. */
  readonly maxModelJsonMib?: number;
  readonly dataset?: DatasetName;
  readonly backend?: CliBackend;
  readonly dataDir?: string;
  readonly offline?: boolean;
}

async function evaluateModel(
  path: string,
  options: EvaluateOptions,
  output: Output,
  io: CliIo,
): Promise<void> {
  const location = await locateModel(path, io.cwd);
  const saved = await readRunInfo(location);
  const backend = await setupCliBackend(options.backend, { training: false, cwd: io.cwd });
  output.progress(output.progressColors.dim(describeCliBackend(backend)));
  const model = await loadModelFolder(location, options.maxModelJsonMib);
  try {
    const datasetName = options.dataset ?? saved.dataset ?? datasetForInput(model.inputShape) ?? 'mnist';
    const dataset = findDataset(datasetName);
    checkInputShape(model.name, model.inputShape, dataset);
    const data = await loadLabTestSet(dataset.name, {
      seed: saved.seed,
      testSplit: saved.testSplit,
      pooled: saved.pooled,
      dataDir: options.dataDir,
      offline: options.offline === true,
      ...downloadFlags(options),
      onDownload: downloadProgress(output.progressStream, output.progressColors).onProgress,
    });
    output.say(output.errorColors.dim(`Data: ${describeDataSource(dataset.name, data.source)}`));
    const weightsEpoch = saved.divergedWeightsEpoch;
    if (weightsEpoch !== undefined) output.warn(divergedModelNote(weightsEpoch));
    const scores = await evaluate(model, data.test, { batchSize: 256 });
    const outputs = await predict(model, data.test, { batchSize: 256 });
    const predictions = toClassProbabilities(outputs.probabilities, outputs.units);
    const analysis = analysePredictions({ labels: data.test.y, ...predictions }, data.classNames);
    const accuracy = scores.accuracy ?? Number.NaN;
    const { bold, green } = output.colors;
    output.result(
      `${bold(`${model.name}`)} from ${displayPath(location.modelFolder, io.cwd)} on the ${dataset.name} test set ` +
        `(${scores.samples} samples): accuracy ${green(accuracy.toFixed(4))}, loss ${scores.loss.toFixed(4)}`,
    );
    output.result('');
    output.result(bold('Classification report'));
    output.result(analysis.report.text);
    output.result(bold('Confusion matrix (rows: true class, columns: predicted class)'));
    output.result(analysis.confusion.text);
    output.document({
      ok: true,
      command: 'evaluate',
      model: model.name,
      modelFolder: location.modelFolder,
      ...(weightsEpoch === undefined ? {} : { divergedWeightsEpoch: weightsEpoch }),
      dataset: dataset.name,
      samples: scores.samples,
      loss: scores.loss,
      accuracy,
      backend: scores.backend,
      confusionMatrix: {
        labels: analysis.confusion.labels,
        raw: analysis.confusion.matrix,
        normalized: analysis.normalizedConfusion.matrix,
      },
      classificationReport: analysis.report.dict,
    });
  } finally {
    model.dispose();
  }
}

/** `digitlab evaluate <run or model folder>`: test loss, accuracy, report and confusion matrix of a saved model. */
export function registerEvaluateCommand(program: Command, io: CliIo): void {
  const command = program
    .command('evaluate')
    .description("evaluate a saved model on a data set's test set")
    .argument('<folder>', 'a run folder (runs/...) or a folder with model.json')
    .option(
      '--dataset <name>',
      `data set: ${datasetNames.join(', ')} (default: the run's, else the one the input shape fits)`,
      parseDatasetName,
    )
    .addOption(backendOption())
    .addOption(maxModelJsonOption());
  addGlobalOptions(addDownloadOptions(command)).action(
    (folder: string, options: EvaluateOptions, self: Command) =>
      evaluateModel(folder, options, outputFor(self, io), io),
  );
}
