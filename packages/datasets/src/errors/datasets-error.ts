/** Base class of every error thrown by `@digitlab/datasets`; catch it to handle them all. */
export class DatasetsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
