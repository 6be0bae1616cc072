import { CliError, exitCodes } from './cli-error';

/** The model's input does not fit the data set's samples (exit code 2: pick another model or data set). */
export class InputShapeError extends CliError {
  /** The model, e.g. `'mnist-cnn'`. */
  readonly modelName: string;
  /** Shape of one model input, e.g. `[28, 28, 1]`. */
  readonly modelShape: readonly number[];
  /** The data set, e.g. `'digits'`. */
  readonly dataset: string;
  /** Shape of one sample of the data set, e.g. `[8, 8, 1]`. */
  readonly sampleShape: readonly number[];

  constructor(
    modelName: string,
    modelShape: readonly number[],
    dataset: string,
    sampleShape: readonly number[],
    fitting: readonly string[],
  ) {
    const advice =
      fitting.length > 0
        ? `use a model made for ${dataset} (${fitting.join(', ')}) or another --dataset`
        : 'use another --model or --dataset';
    super(
      `Model ${modelName} takes inputs of shape [${modelShape.join(', ')}] but ${dataset} samples have shape ` +
        `[${sampleShape.join(', ')}]; ${advice}. Received: model input [${modelShape.join(', ')}], ` +
        `${dataset} sample [${sampleShape.join(', ')}]`,
      exitCodes.usage,
    );
    this.modelName = modelName;
    this.modelShape = modelShape;
    this.dataset = dataset;
    this.sampleShape = sampleShape;
  }
}
