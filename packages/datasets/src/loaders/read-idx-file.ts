import type { FileHandle } from 'node:fs/promises';
import { CorruptGzipError } from '../errors/corrupt-gzip-error';
import { IdxFormatError } from '../errors/idx-format-error';
import { SizeLimitError } from '../errors/size-limit-error';
import { defaultMaxBytes, gunzip, isGzip } from '../gzip/gunzip';
import { decodeIdx } from '../idx/decode-idx';
import type { IdxArray } from '../idx/idx-array';
import { type IdxHeader, readIdxHeader } from '../idx/idx-header';
import { nodeModule } from '../platform/node-module';
import { openRegularFile } from './open-regular-file';

/** Options of {@link readIdxFile}: what the file may ask for, checked on its header before anything is read. */
export interface ReadIdxFileOptions {
  /**
   * The most bytes the (decompressed) file may hold.
   * @default 268435456 (256 MiB)
   */
  maxBytes?: number;
  /** The rank the file must have, e.g. 3 for images. @default any */
  rank?: number;
  /** The dimensions after the first (the sample shape), e.g. `[28, 28]`. @default any */
  sampleShape?: readonly number[];
}

/** Deflate cannot expand data more than about 1032 times, so a header asking for more is lying. */
const maxDeflateRatio = 1032;
/** Compressed bytes inflated to find the header: far more than any header, far less than a bomb's output. */
const headProbe = 4096;

/**
 * Reads an IDX file, gzipped or not (Node only). The header is read (and inflated from the first 4 KiB) first and
 * checked against `options`, the file size and `maxBytes`, so a file that asks for gigabytes is refused before
 * they are allocated; a gzipped body is then streamed in 1 MiB pieces into one buffer of the declared size, and
 * decompression stops as soon as it yields more.
 */
export async function readIdxFile(path: string, options: ReadIdxFileOptions = {}): Promise<IdxArray> {
  const { maxBytes = defaultMaxBytes } = options;
  const { handle, size } = await openRegularFile(path);
  try {
    const head = new Uint8Array(Math.min(size, headProbe));
    await handle.read(head, 0, head.length, 0);
    const gzipped = isGzip(head);
    if (size > maxBytes) {
      throw new SizeLimitError(path, 'file size', maxBytes, `${size} bytes`, 'maxBytes');
    }
    const header = readIdxHeader(gzipped ? await inflateHead(head, path) : head, path);
    checkHeader(header, path, options);
    if (!gzipped && header.totalBytes !== size) throw lengthError(header, path, `${size} bytes`);
    if (header.totalBytes > maxBytes) {
      throw new SizeLimitError(path, 'declared size', maxBytes, describe(header), 'maxBytes');
    }
    if (!gzipped) {
      const bytes = new Uint8Array(size);
      await handle.read(bytes, 0, size, 0);
      return decodeIdx(bytes, path);
    }
    if (header.totalBytes > size * maxDeflateRatio) {
      const received = `${describe(header)} from ${size} compressed bytes`;
      throw new SizeLimitError(path, 'declared size', size * maxDeflateRatio, received, '');
    }
    const limits = { source: path, sizeHint: header.totalBytes, maxBytes: header.totalBytes };
    const bytes = await gunzip(readChunks(handle, size), limits).catch((error: unknown) => {
      // More data than the header declares: the file is damaged (or a bomb behind a modest header).
      throw error instanceof SizeLimitError
        ? lengthError(header, path, `more than ${header.totalBytes} bytes`)
        : error;
    });
    return decodeIdx(bytes, path);
  } finally {
    await handle.close();
  }
}

const describe = (header: IdxHeader) =>
  `${header.totalBytes} bytes for ${header.type.dtype} shape [${header.shape.join(', ')}]`;

function lengthError(header: IdxHeader, path: string, received: string): IdxFormatError {
  return new IdxFormatError(path, 'length', describe(header), received);
}

function checkHeader(header: IdxHeader, path: string, options: ReadIdxFileOptions): void {
  const { shape } = header;
  if (options.rank !== undefined && shape.length !== options.rank) {
    throw new IdxFormatError(
      path,
      'rank',
      `rank ${options.rank}`,
      `rank ${shape.length} [${shape.join(', ')}]`,
    );
  }
  const sampleShape = options.sampleShape;
  if (sampleShape !== undefined && shape.slice(1).join(',') !== sampleShape.join(',')) {
    const expected = `samples of shape [${sampleShape.join(', ')}]`;
    throw new IdxFormatError(path, 'shape', expected, `shape [${shape.join(', ')}]`);
  }
}

/** The first decompressed bytes of a gzipped file, from its first compressed bytes (a truncated stream is fine). */
async function inflateHead(head: Uint8Array, path: string): Promise<Uint8Array> {
  const { gunzipSync, constants } = nodeModule('node:zlib');
  try {
    return gunzipSync(head, {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: headProbe * maxDeflateRatio,
    });
  } catch (error) {
    throw new CorruptGzipError(path, head.length, (error as Error).message, error);
  }
}

// One buffer refilled again and again: the decompressor is done with a chunk before the next read.
async function* readChunks(handle: FileHandle, size: number) {
  const buffer = new Uint8Array(Math.min(size, 1 << 20));
  for (let position = 0; position < size; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}
