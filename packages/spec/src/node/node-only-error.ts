import { DigitlabError } from '../errors/digitlab-error';

/** A Node-only feature (file loading, checkpoints on disk) was used where Node's built-ins are missing. */
export class NodeOnlyError extends DigitlabError {
  /** The built-in that was needed, e.g. `'node:fs/promises'`. */
  readonly module: string;

  constructor(module: string, feature: string) {
    super(
      `${feature} needs Node.js (its ${module} module); in a browser, pass the data or a store that works there. ` +
        'Received: no process.getBuiltinModule',
      { code: 'NODE_ONLY', received: module },
    );
    this.module = module;
  }
}
