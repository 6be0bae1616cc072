import { CorruptGzipError } from '../errors/corrupt-gzip-error';
import { SizeLimitError } from '../errors/size-limit-error';
import { nodeModule } from '../platform/node-module';
import { createByteSink } from './byte-sink';
import { crc32 } from './crc32';

/** How to decompress: Node's zlib (fastest in Node) or the platform `DecompressionStream` (browsers, workers). */
export type GunzipEngine = 'node-zlib' | 'web-streams';

export interface GunzipOptions {
  /** Where the data came from, for error messages. @default 'bytes' */
  source?: string;
  /** Decompressed size to preallocate. @default read from the gzip trailer of in-memory input, else 1 MiB */
  sizeHint?: number;
  /** @default 'node-zlib' in Node, 'web-streams' elsewhere */
  engine?: GunzipEngine;
  /**
   * The most decompressed bytes accepted: decompression stops with a {@link SizeLimitError} as soon as the
   * output passes it, so a small gzip "bomb" cannot inflate into gigabytes of memory.
   * @default 268435456 (256 MiB; the largest MNIST-layout file, train images, is 47 MB)
   */
  maxBytes?: number;
}

/** Default of {@link GunzipOptions.maxBytes} and of the loaders' `maxBytes`: 256 MiB. */
export const defaultMaxBytes = 256 * 1024 * 1024;

/** True when `bytes` starts with the gzip magic bytes 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The decompressed-size field of a gzip trailer (its last 4 bytes, little-endian), if it is plausible for
 * `compressedLength` bytes: deflate cannot expand more than about 1032 times.
 */
export function trailerSize(tail: Uint8Array, compressedLength: number): number | undefined {
  if (tail.length < 4) return undefined;
  const at = tail.length - 4;
  const size = (tail[at]! | (tail[at + 1]! << 8) | (tail[at + 2]! << 16) | (tail[at + 3]! << 24)) >>> 0;
  return size <= compressedLength * 1032 ? size : undefined;
}

/**
 * Decompresses gzip data (one or more members); a damaged or truncated stream throws {@link CorruptGzipError}.
 * A chunk of `input` is fully consumed before the next is requested, so the source may reuse its buffer.
 */
export async function gunzip(
  input: Uint8Array | AsyncIterable<Uint8Array>,
  options: GunzipOptions = {},
): Promise<Uint8Array> {
  const {
    source = 'bytes',
    sizeHint = input instanceof Uint8Array ? (trailerSize(input, input.length) ?? 4 * input.length) : 1 << 20,
    engine = isNode() ? 'node-zlib' : 'web-streams',
    maxBytes = defaultMaxBytes,
  } = options;
  const sink = createByteSink(Math.min(sizeHint, maxBytes));
  const append = (chunk: Uint8Array) => {
    if (sink.length + chunk.length > maxBytes) {
      const received = `more than ${maxBytes} bytes from ${compressedLength} compressed bytes`;
      throw new SizeLimitError(source, 'decompressed size', maxBytes, received, 'maxBytes');
    }
    sink.append(chunk);
  };
  let compressedLength = 0;
  let sourceError: unknown;
  const iterator = (input instanceof Uint8Array ? once(input) : input)[Symbol.asyncIterator]();
  // Only failures of `next()` are the source's; anything thrown in at `yield` comes from the decompressor.
  const counted = async function* () {
    let finished = false;
    try {
      for (;;) {
        const next = await iterator.next().catch((error: unknown) => {
          finished = true;
          sourceError = error;
          throw error;
        });
        if (next.done) {
          finished = true;
          return;
        }
        compressedLength += next.value.length;
        yield next.value;
      }
    } finally {
      if (!finished) await iterator.return?.();
    }
  };
  try {
    if (engine === 'node-zlib') await inflateWithZlib(counted(), append);
    else await inflateWithStreams(counted(), append);
  } catch (error) {
    if (sourceError !== undefined) throw sourceError;
    if (error instanceof SizeLimitError) throw error;
    throw new CorruptGzipError(
      source,
      compressedLength,
      error instanceof Error ? error.message : String(error),
      error,
    );
  }
  return sink.result();
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

async function inflateWithZlib(chunks: AsyncIterable<Uint8Array>, onChunk: (chunk: Uint8Array) => void) {
  const { createGunzip } = nodeModule('node:zlib');
  const inflater = createGunzip({ chunkSize: 1 << 20 });
  let failure: Error | undefined;
  const ended = new Promise<void>((resolve, reject) => {
    inflater.on('data', (chunk: Uint8Array) => {
      // A throwing sink (a size limit) must stop the inflater, not escape from its event handler.
      try {
        onChunk(chunk);
      } catch (error) {
        inflater.destroy(error as Error);
      }
    });
    inflater.once('end', resolve);
    inflater.once('error', (error) => {
      failure = error;
      reject(error);
    });
  });
  ended.catch(ignore);
  try {
    // Each chunk is consumed before the next is asked for, so a source may refill one buffer (see readIdxFile).
    for await (const chunk of chunks) {
      const written = new Promise<void>((resolve, reject) => {
        inflater.write(chunk, (error) => (error ? reject(error) : resolve()));
      });
      await Promise.race([written, ended]);
    }
    inflater.end();
    await ended;
  } catch (error) {
    inflater.destroy();
    throw failure ?? error;
  }
}

/**
 * Inflates with `DecompressionStream`. A spec-conforming one (browsers, Node 24+) stops at the end of the
 * first gzip member and rejects what follows as junk, so the members are inflated one by one: a member
 * ends where its trailer (CRC-32 and size of the data just inflated) is followed by the input's end or by
 * the next member's magic bytes. The compressed input is held in memory meanwhile.
 */
async function inflateWithStreams(chunks: AsyncIterable<Uint8Array>, onChunk: (chunk: Uint8Array) => void) {
  const parts: Uint8Array[] = [];
  // A copy of each chunk, as the source may refill its buffer once the next chunk is asked for.
  for await (const chunk of chunks) parts.push(chunk.slice());
  const input = parts.length === 1 ? parts[0]! : concat(parts);
  let start = 0;
  while (start < input.length) {
    const output: Uint8Array[] = [];
    const failure = await inflateMember(input.subarray(start), (chunk) => {
      output.push(chunk);
      onChunk(chunk);
    });
    if (failure === undefined) return;
    const length = memberLength(input.subarray(start), output);
    if (length === undefined) throw failure;
    start += length;
  }
}

/** Inflates the first gzip member of `member`; resolves to the stream's error, or undefined at a clean end. */
async function inflateMember(member: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<unknown> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  writer.write(member as Uint8Array<ArrayBuffer>).catch(ignore);
  writer.close().catch(ignore);
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return undefined;
      onChunk(value);
    }
  } catch (error) {
    return error;
  }
}

/** Where the member that inflated to `output` ends in `bytes`: after its trailer, before the next magic. */
function memberLength(bytes: Uint8Array, output: readonly Uint8Array[]): number | undefined {
  const crc = crc32(output);
  const size = output.reduce((total, chunk) => total + chunk.length, 0) >>> 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A member is at least a 10-byte header, an empty deflate block and the 8-byte trailer.
  for (let end = 20; end <= bytes.length; end++) {
    if (view.getUint32(end - 4, true) !== size || view.getUint32(end - 8, true) !== crc) continue;
    if (end === bytes.length || (isGzip(bytes.subarray(end)) && end + 2 < bytes.length)) return end;
  }
  return undefined;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}

function ignore(): void {}
