import { DatasetsError } from './datasets-error';

/** Gzip data could not be decompressed: it is truncated or damaged. */
export class CorruptGzipError extends DatasetsError {
  /** Where the data came from: a file path, or `'bytes'` for an in-memory buffer. */
  readonly source: string;
  /** Size of the compressed input in bytes. */
  readonly byteLength: number;
  /** What the decompressor reported, e.g. `'unexpected end of file'`. */
  readonly reason: string;

  constructor(source: string, byteLength: number, reason: string, cause?: unknown) {
    super(
      `Cannot decompress ${source}: the gzip data is truncated or damaged; fetch the file again. ` +
        `Received: ${byteLength} compressed bytes, decompressor said "${reason}"`,
      { cause },
    );
    this.source = source;
    this.byteLength = byteLength;
    this.reason = reason;
  }
}
