import { resolve } from 'node:path';
import { predict } from '@digitlab/trainer';
import type { Command } from 'commander';
import { UsageError } from '../errors/usage-error';
import { backendOption } from '../flags/backend-option';
import { addGlobalOptions, outputFor } from '../flags/global-options';
import { maxInputMib, maxModelJsonOption } from '../flags/limit-options';
import { integerOption, mebibytesOption, parseBackground } from '../flags/option-parsers';
import { type Background, backgrounds } from '../images/decode-png';
import { defaultMaxInputBytes, defaultMaxPixels, readPredictInput } from '../images/read-predict-input';
import type { CliIo } from '../io/cli-io';
import type { Output } from '../io/output';
import { textTable } from '../text/text-table';
import { toClassProbabilities } from '../training/class-probabilities';
import { type CliBackend, describeCliBackend, setupCliBackend } from '../training/cli-backends';
import { inputScaling } from '../training/input-scaling';
import { loadModelFolder, locateModel } from '../training/model-files';
import { divergedModelNote, readRunInfo } from '../training/saved-run-info';

/** The image size a model takes: `[height, width, 1]`, or a flat square `[side * side]`. */
function imageSize(inputShape: readonly number[], folder: string): { width: number; height: number } {
  if (inputShape.length === 3 && inputShape[2] === 1)
    return { height: inputShape[0]!, width: inputShape[1]! };
  const side = Math.sqrt(inputShape[0] ?? 0);
  if (inputShape.length === 1 && Number.isInteger(side) && side > 2) return { height: side, width: side };
  throw new UsageError(
    '<model folder>',
    folder,
    `predict feeds images, but this model takes inputs of shape [${inputShape.join(', ')}]; use a model trained on digits, MNIST or Fashion-MNIST`,
  );
}

/** The options of `digitlab predict`, as commander parses them (with their defaults). */
interface PredictOptions {
  readonly background: Background;
  readonly maxPixels: number;
  /** `--max-input-mib`, in bytes; undefined: `readPredictInput`'s default. */
  readonly maxInputMib?: number;
  /** `--max-model-json-mib`, in bytes; undefined: `fileSystem`'s default. */
  readonly maxModelJsonMib?: number;
  readonly limit: number;
  readonly backend?: CliBackend;
}

async function predictImages(
  folder: string,
  input: string,
  options: PredictOptions,
  output: Output,
  io: CliIo,
) {
  const location = await locateModel(folder, io.cwd);
  const saved = await readRunInfo(location);
  const backend = await setupCliBackend(options.backend, { training: false, cwd: io.cwd });
  output.progress(output.progressColors.dim(describeCliBackend(backend)));
  const model = await loadModelFolder(location, options.maxModelJsonMib);
  try {
    const size = imageSize(model.inputShape, folder);
    const scaling = await inputScaling(location, saved, model.inputShape);
    if (scaling.assumption !== undefined) output.warn(scaling.assumption);
    if (saved.divergedWeightsEpoch !== undefined) output.warn(divergedModelNote(saved.divergedWeightsEpoch));
    const images = await readPredictInput(resolve(io.cwd, input), {
      ...size,
      maxValue: scaling.maxValue,
      background: options.background,
      maxPixels: options.maxPixels,
      ...(options.maxInputMib === undefined ? {} : { maxBytes: options.maxInputMib }),
    });
    if (images.format === 'idx') {
      output.say(
        output.errorColors.dim(
          `Values up to ${images.largestValue} divided by ${images.maxValue}` +
            (images.maxValue === scaling.maxValue
              ? ', as in training'
              : ` (the model was trained on 0..${scaling.maxValue})`),
        ),
      );
    }
    const outputs = await predict(model, { x: images.x, maxValue: images.maxValue }, { batchSize: 256 });
    const { probabilities, classes, numClasses } = toClassProbabilities(outputs.probabilities, outputs.units);
    const name = (label: number) => saved.classNames?.[label] ?? String(label);
    const predictions = Array.from(classes, (predicted, index) => {
      const row = Array.from(probabilities.subarray(index * numClasses, (index + 1) * numClasses));
      return {
        index,
        class: predicted,
        className: name(predicted),
        probability: row[predicted]!,
        probabilities: row,
      };
    });
    const { limit } = options;
    const rows = predictions.slice(0, limit).map((prediction) => {
      const ranked = prediction.probabilities
        .map((probability, label) => ({ label, probability }))
        .sort((a, b) => b.probability - a.probability)
        .slice(0, 3);
      return [
        String(prediction.index),
        prediction.className,
        prediction.probability.toFixed(4),
        ranked.map(({ label, probability }) => `${name(label)} ${probability.toFixed(3)}`).join(', '),
      ];
    });
    for (const line of textTable(['image', 'predicted', 'probability', 'top 3'], rows, [0, 2]))
      output.result(line);
    if (predictions.length > limit)
      output.result(`... and ${predictions.length - limit} more (--limit shows more)`);
    output.document({
      ok: true,
      command: 'predict',
      model: model.name,
      input,
      format: images.format,
      count: images.count,
      inputMaxValue: images.maxValue,
      predictions,
    });
  } finally {
    model.dispose();
  }
}

/** `digitlab predict <model folder> <image.png|idx file>`: the predicted class of each image. */
export function registerPredictCommand(program: Command, io: CliIo): void {
  const command = program
    .command('predict')
    .description('predict the class of a PNG image or of each image in an IDX file with a saved model')
    .argument('<folder>', 'a run folder (runs/...) or a folder with model.json')
    .argument(
      '<input>',
      'a PNG image (any size; dark on light or light on dark) or an IDX image file (.gz or not)',
    )
    .option('--background <kind>', `the paper of a PNG: ${backgrounds.join(', ')}`, parseBackground, 'auto')
    .option(
      '--max-pixels <n>',
      'the most pixels a PNG may have; larger ones are refused before decoding',
      integerOption('--max-pixels', 1, 2 ** 31),
      defaultMaxPixels,
    )
    .option(
      '--max-input-mib <n>',
      `the largest input file read (and IDX file inflated), in MiB (default: ${defaultMaxInputBytes / 2 ** 20}; up to ${maxInputMib})`,
      mebibytesOption('--max-input-mib', maxInputMib),
    )
    .addOption(maxModelJsonOption())
    .option('--limit <n>', 'images listed (all are in --json)', integerOption('--limit', 1, 1_000_000), 20)
    .addOption(backendOption());
  addGlobalOptions(command).action((folder: string, input: string, options: PredictOptions, self: Command) =>
    predictImages(folder, input, options, outputFor(self, io), io),
  );
}
