import { CliError, exitCodes } from './cli-error';

/** `evaluate` or `predict` was pointed at a folder with no saved model in it. */
export class ModelNotFoundError extends CliError {
  /** The folder given. */
  readonly path: string;

  constructor(path: string) {
    super(
      `No saved model in ${path}: expected model/model.json (a run folder written by digitlab) or model.json ` +
        `(a TF.js Layers model folder). Received: path=${JSON.stringify(path)}`,
      exitCodes.failure,
    );
    this.path = path;
  }
}
