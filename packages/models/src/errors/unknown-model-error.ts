import { ModelsError } from './models-error';

/** `createModel` was asked for a name that is not in the catalog. */
export class UnknownModelError extends ModelsError {
  /** The name that was asked for. */
  readonly modelName: string;
  /** The catalog's names. */
  readonly available: readonly string[];

  constructor(modelName: string, available: readonly string[]) {
    super(
      `Unknown model; choose one of ${available.join(', ')}. Received: name=${JSON.stringify(modelName)}`,
    );
    this.modelName = modelName;
    this.available = available;
  }
}
