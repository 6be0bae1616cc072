import type { DownloadProgress } from '@digitlab/datasets';
import cliProgress from 'cli-progress';
import type { Colors } from 'picocolors/types.js';
import type { OutputStream } from '../io/cli-io';

/** Follows file downloads; `finish` closes the last one. */
export interface DownloadReporter {
  onProgress(progress: DownloadProgress): void;
  finish(): void;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Download progress: a line when a file starts and when it is complete, and on a terminal a live bar of
 * megabytes in between.
 */
export function downloadProgress(stream: OutputStream | undefined, colors?: Colors): DownloadReporter {
  let current:
    | { file: string; started: number; received: number; bar: cliProgress.SingleBar | undefined }
    | undefined;
  const dim = (text: string) => colors?.dim(text) ?? text;
  const close = () => {
    if (current === undefined || stream === undefined) return;
    current.bar?.stop();
    const seconds = (performance.now() - current.started) / 1000;
    stream.write(`Downloaded ${current.file} (${megabytes(current.received)} in ${seconds.toFixed(1)}s)\n`);
    current = undefined;
  };
  return {
    onProgress({ file, url, receivedBytes, totalBytes }) {
      if (stream === undefined) return;
      if (current?.file !== file) {
        close();
        stream.write(`${dim(`Downloading ${file} from ${url}`)}\n`);
        const bar =
          stream.isTTY === true
            ? new cliProgress.SingleBar({
                stream: stream as NodeJS.WritableStream,
                format: `${file} {bar} {percentage}% | {received} of {size} | ETA {eta_formatted}`,
                barsize: 24,
                hideCursor: true,
                clearOnComplete: true,
              })
            : undefined;
        bar?.start(totalBytes ?? 0, 0, {
          received: megabytes(0),
          size: totalBytes === undefined ? '?' : megabytes(totalBytes),
        });
        current = { file, started: performance.now(), received: 0, bar };
      }
      current.received = receivedBytes;
      current.bar?.update(receivedBytes, { received: megabytes(receivedBytes) });
      if (totalBytes !== undefined && receivedBytes >= totalBytes) close();
    },
    finish: close,
  };
}
