/** Base class of everything the docs site's own code throws. */
export class DocsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
