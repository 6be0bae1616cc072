import { DatasetsError } from './datasets-error';

/**
 * Data asks for more than a limit allows, found before the memory is spent: a gzip stream that inflates past
 * its cap, an IDX header declaring more elements than the file can hold, a file larger than the cap.
 */
export class SizeLimitError extends DatasetsError {
  /** Where the data came from: a file path, or `'bytes'`. */
  readonly source: string;
  /** What was measured, e.g. `'decompressed size'`. */
  readonly measure: string;
  /** The limit in bytes. */
  readonly limit: number;
  /** What was received, e.g. `'more than 67108864 bytes'`. */
  override readonly received: string;
  /** The option that raises the limit, e.g. `'maxBytes'`; empty when no option can (a structural bound). */
  readonly option: string;

  constructor(source: string, measure: string, limit: number, received: string, option: string) {
    const advice = option
      ? `if the file is genuine, raise \`${option}\``
      : 'the file is damaged or not what it claims to be; fetch it again';
    super(
      `The ${measure} of ${source} exceeds the limit of ${limit} bytes; ${advice}. Received: ${received}`,
    );
    this.source = source;
    this.measure = measure;
    this.limit = limit;
    this.received = received;
    this.option = option;
  }
}
