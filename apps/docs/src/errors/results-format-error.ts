import { DocsError } from './docs-error';

/** A committed results file (results/<lab>/*.json) is not what the CLI writes. */
export class ResultsFormatError extends DocsError {
  /** The file, relative to the docs app. */
  readonly file: string;
  /** The JSON path of the offending field, e.g. `confusionMatrix.raw`. */
  readonly field: string;

  constructor(file: string, field: string, expected: string, received: unknown) {
    super(
      `${file}: expected ${field} to be ${expected}; regenerate the results with ` +
        `\`pnpm --filter @digitlab/docs results\`. Received: ${JSON.stringify(received)?.slice(0, 80)}`,
    );
    this.file = file;
    this.field = field;
  }
}
