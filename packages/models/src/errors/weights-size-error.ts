import { ModelsError } from './models-error';

/** The weight data is not as long as the weights manifest says (a truncated or mismatched weights file). */
export class WeightsSizeError extends ModelsError {
  /** The weights file(s) or source checked. */
  readonly source: string;
  /** Bytes the manifest describes. */
  readonly expectedBytes: number;
  /** Bytes found. */
  readonly receivedBytes: number;

  constructor(source: string, expectedBytes: number, receivedBytes: number) {
    super(
      `Weights in ${source} should be ${expectedBytes} bytes as the weights manifest describes; save the ` +
        `model again or restore its weights file. Received: ${receivedBytes} bytes`,
    );
    this.source = source;
    this.expectedBytes = expectedBytes;
    this.receivedBytes = receivedBytes;
  }
}
