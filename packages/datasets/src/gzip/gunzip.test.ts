import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { caught } from '../../test-support/fixtures';
import { CorruptGzipError } from '../errors/corrupt-gzip-error';
import { createRandom } from '../random';
import { type GunzipEngine, gunzip, isGzip, trailerSize } from './gunzip';

const random = createRandom(11);
const original = Uint8Array.from({ length: 300_000 }, (_, i) => (i % 97 < 60 ? 0 : random.int(256)));
const compressed = new Uint8Array(gzipSync(original));

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

async function* inChunks(bytes: Uint8Array, size: number) {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

describe.each<GunzipEngine>(['node-zlib', 'web-streams'])('gunzip with %s', (engine) => {
  it('restores what node:zlib compressed, from bytes or from a stream of chunks', async () => {
    expect(sameBytes(await gunzip(compressed, { engine }), original)).toBe(true);
    expect(sameBytes(await gunzip(inChunks(compressed, 1000), { engine, sizeHint: 10 }), original)).toBe(
      true,
    );
    expect(sameBytes(await gunzip(inChunks(compressed, 4096), { engine, sizeHint: 10 ** 7 }), original)).toBe(
      true,
    );
  });

  it('consumes each chunk before asking for the next, so a source may refill one buffer', async () => {
    const refilled = async function* () {
      const buffer = new Uint8Array(777);
      for (let offset = 0; offset < compressed.length; offset += buffer.length) {
        const piece = compressed.subarray(offset, offset + buffer.length);
        buffer.set(piece);
        yield buffer.subarray(0, piece.length);
        buffer.fill(0);
      }
    };
    expect(sameBytes(await gunzip(refilled(), { engine }), original)).toBe(true);
  });

  it('reads every member of a multi-member file', async () => {
    const twoMembers = new Uint8Array([
      ...gzipSync(Uint8Array.of(1, 2, 3)),
      ...gzipSync(Uint8Array.of(4, 5)),
    ]);
    expect(Array.from(await gunzip(twoMembers, { engine }))).toEqual([1, 2, 3, 4, 5]);
  });

  it('throws CorruptGzipError for truncated data, naming the source and the compressed size', async () => {
    const truncated = compressed.subarray(0, compressed.length >> 1);
    const error = await caught(() => gunzip(truncated, { engine, source: 'cut.gz' }));
    expect(error).toBeInstanceOf(CorruptGzipError);
    expect(error).toMatchObject({ source: 'cut.gz', byteLength: truncated.length });
    expect(error.message).toMatch(/^Cannot decompress cut\.gz.*Received: \d+ compressed bytes/);
  });

  it('throws CorruptGzipError for damaged data', async () => {
    const damaged = Uint8Array.from(compressed);
    for (let i = 100; i < 200; i++) damaged[i] ^= 0x5a;
    expect(await caught(() => gunzip(damaged, { engine }))).toBeInstanceOf(CorruptGzipError);
    expect(await caught(() => gunzip(inChunks(damaged, 1000), { engine }))).toBeInstanceOf(CorruptGzipError);
  });

  it('passes on an error of the input stream as it is', async () => {
    const failing = async function* () {
      yield compressed.subarray(0, 100);
      throw new RangeError('disk went away');
    };
    const error = await caught(() => gunzip(failing(), { engine }));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('disk went away');
  });
});

describe('gzip helpers', () => {
  it('recognises gzip by its magic bytes', () => {
    expect(isGzip(compressed)).toBe(true);
    expect(isGzip(Uint8Array.of(0, 0, 8, 1))).toBe(false);
    expect(isGzip(Uint8Array.of(0x1f))).toBe(false);
  });

  it('reads the size from the gzip trailer, and ignores an implausible one', () => {
    expect(trailerSize(compressed, compressed.length)).toBe(original.length);
    expect(trailerSize(Uint8Array.of(0, 0, 0, 0xff), 100)).toBeUndefined();
  });
});
