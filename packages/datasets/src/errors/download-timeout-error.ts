import { DatasetsError } from './datasets-error';

/** A mirror did not answer in time, or stopped sending in the middle of a file. */
export class DownloadTimeoutError extends DatasetsError {
  /** The URL requested. */
  readonly url: string;
  /** `'connect'`: no response headers in time; `'idle'`: the body stalled. */
  readonly phase: 'connect' | 'idle';
  /** The timeout that expired, in milliseconds. */
  readonly timeoutMs: number;
  /** Bytes of the body received before it stalled. */
  readonly receivedBytes: number;

  constructor(url: string, phase: 'connect' | 'idle', timeoutMs: number, receivedBytes: number) {
    const [what, option] =
      phase === 'connect' ? ['did not answer', 'connectTimeoutMs'] : ['stopped sending', 'idleTimeoutMs'];
    super(
      `${url} ${what} for ${timeoutMs} ms; try again later, another mirror, or raise \`${option}\` for a slow ` +
        `mirror. Received: ${receivedBytes} bytes`,
    );
    this.url = url;
    this.phase = phase;
    this.timeoutMs = timeoutMs;
    this.receivedBytes = receivedBytes;
  }
}
