import { createMd5, type Md5 } from '../checksum/md5';
import { nodeHasher } from '../checksum/node-hasher';
import { ChecksumError } from '../errors/checksum-error';
import { type DownloadAttempt, DownloadError } from '../errors/download-error';
import { DownloadTimeoutError } from '../errors/download-timeout-error';
import { FileAccessError, fileAccessError } from '../errors/file-access-error';
import { HttpStatusError } from '../errors/http-status-error';
import { nodeModule } from '../platform/node-module';
import type { RemoteFile } from './idx-dataset-source';

/** Progress of one download, reported after each chunk received. */
export interface DownloadProgress {
  /** The file name. */
  readonly file: string;
  /** The URL being downloaded. */
  readonly url: string;
  /** Bytes received so far in this attempt. */
  readonly receivedBytes: number;
  /** The size announced by the server, if it sent one. */
  readonly totalBytes: number | undefined;
}

export interface DownloadFileOptions {
  readonly mirrors: readonly string[];
  readonly directory: string;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly onProgress: ((progress: DownloadProgress) => void) | undefined;
  /** How long to wait for the response headers. */
  readonly connectTimeoutMs: number;
  /** How long the body may send nothing before the download counts as stalled. */
  readonly idleTimeoutMs: number;
}

/**
 * Downloads a file into `directory` (Node only), trying the mirrors in order and each up to `retries` more times
 * after a network error or an HTTP 408/429/5xx. The bytes go to a temporary file in the same folder that is
 * renamed only once its checksum matches; a mismatch deletes it and moves on to the next mirror. A mirror that
 * does not answer within `connectTimeoutMs`, or whose body stalls for `idleTimeoutMs`, fails that attempt with a
 * {@link DownloadTimeoutError}; the temporary file is deleted on every failure. A write failure (disk full, no
 * permission) throws a {@link FileAccessError} at once.
 */
export async function downloadFile(file: RemoteFile, options: DownloadFileOptions): Promise<string> {
  const { mirrors, retries, retryDelayMs } = options;
  const attempts: DownloadAttempt[] = [];
  for (const mirror of mirrors) {
    const url = new URL(file.name, mirror.endsWith('/') ? mirror : `${mirror}/`).href;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
      try {
        return await fetchToFile(url, file, options);
      } catch (error) {
        attempts.push({ url, error: error instanceof Error ? error : new Error(String(error)) });
        // Nothing a retry or another mirror can fix: the disk is full or the cache is not writable.
        if (error instanceof FileAccessError) throw error;
        if (error instanceof ChecksumError) break;
        if (error instanceof HttpStatusError && !isTransient(error.status)) break;
      }
    }
  }
  throw new DownloadError(file.name, attempts, options.directory);
}

function isTransient(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

async function fetchToFile(url: string, file: RemoteFile, options: DownloadFileOptions): Promise<string> {
  const controller = new AbortController();
  let receivedBytes = 0;
  let timeout: DownloadTimeoutError | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (phase: 'connect' | 'idle', ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timeout = new DownloadTimeoutError(url, phase, ms, receivedBytes);
      controller.abort(timeout);
    }, ms);
  };
  arm('connect', options.connectTimeoutMs);
  try {
    return await receive(url, file, options, controller.signal, {
      started: () => arm('idle', options.idleTimeoutMs),
      received: (bytes) => {
        receivedBytes += bytes;
        arm('idle', options.idleTimeoutMs);
      },
    });
  } catch (error) {
    throw timeout ?? error;
  } finally {
    clearTimeout(timer);
  }
}

interface Watch {
  started(): void;
  received(bytes: number): void;
}

async function receive(
  url: string,
  file: RemoteFile,
  options: DownloadFileOptions,
  signal: AbortSignal,
  watch: Watch,
): Promise<string> {
  const { open, rename, rm } = nodeModule('node:fs/promises');
  const { join } = nodeModule('node:path');
  const response = await fetch(url, { signal });
  watch.started();
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new HttpStatusError(url, response.status, response.statusText);
  }
  const totalBytes = Number(response.headers.get('content-length')) || undefined;
  const destination = join(options.directory, file.name);
  const temporary = `${destination}.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
  const hasher = await createHasher(file.checksum.algorithm);
  const reader = response.body.getReader();
  const handle = await open(temporary, 'wx').catch(async (error: unknown) => {
    await reader.cancel().catch(() => undefined);
    throw fileAccessError(temporary, error);
  });
  let renamed = false;
  try {
    let receivedBytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      watch.received(value.length);
      await handle.write(value).catch((error: unknown) => {
        throw fileAccessError(temporary, error);
      });
      hasher.update(value);
      receivedBytes += value.length;
      options.onProgress?.({ file: file.name, url, receivedBytes, totalBytes });
    }
    await handle.close().catch((error: unknown) => {
      throw fileAccessError(temporary, error);
    });
    const actual = hasher.digest();
    if (actual !== file.checksum.hex.toLowerCase()) {
      throw new ChecksumError(
        file.name,
        url,
        file.checksum.algorithm,
        file.checksum.hex.toLowerCase(),
        actual,
      );
    }
    await rename(temporary, destination);
    renamed = true;
    return destination;
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
      await reader.cancel().catch(() => undefined);
    }
  }
}

/** `node:crypto`'s hasher, or the hand-written MD5 where OpenSSL refuses MD5 (FIPS). */
async function createHasher(algorithm: RemoteFile['checksum']['algorithm']): Promise<Md5> {
  if (algorithm === 'md5') return (await nodeHasher('md5')) ?? createMd5();
  // Downloads run in Node, whose OpenSSL always has SHA-256.
  return (await nodeHasher('sha256'))!;
}
