import { ModelsError } from './models-error';

/** A saved model (model.json, its topology or its weights manifest) is malformed or uses something unsupported. */
export class ModelFormatError extends ModelsError {
  /** Where the problem is, e.g. `'model.json'` or `'modelTopology.config.layers[2]'`. */
  readonly location: string;
  /** What was found there, shortened. */
  override readonly received: string;

  constructor(location: string, problem: string, received: string) {
    const shown = received.length > 200 ? `${received.slice(0, 200)}...` : received;
    super(`Invalid saved model at ${location}: ${problem}. Received: ${shown}`);
    this.location = location;
    this.received = shown;
  }
}
