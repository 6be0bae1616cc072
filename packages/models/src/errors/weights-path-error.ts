import { ModelsError } from './models-error';

/** A weights manifest names a file outside the model's folder (e.g. `../secret.bin` or an absolute path). */
export class WeightsPathError extends ModelsError {
  /** The model's folder. */
  readonly directory: string;
  /** The path the manifest gave. */
  readonly path: string;

  constructor(directory: string, path: string) {
    super(
      `Weights paths must be relative paths inside the model folder ${directory}; fix the weightsManifest ` +
        `in model.json. Received: path=${JSON.stringify(path)}`,
    );
    this.directory = directory;
    this.path = path;
  }
}
