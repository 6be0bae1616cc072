import { readFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { caught } from '../../test-support/fixtures';
import { sharedDatasetDir } from '../../test-support/shared-data';
import { CorruptGzipError } from '../errors/corrupt-gzip-error';
import { IdxFormatError } from '../errors/idx-format-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { classCounts } from '../stats/class-counts';
import type { IdxTypedArray } from './idx-array';
import { readIdx } from './read-idx';
import { writeIdx } from './write-idx';

const mnistDir = sharedDatasetDir('mnist-t10k');

describe('readIdx', () => {
  it('decodes the format by hand: big-endian dimensions and elements', async () => {
    const uint8 = Uint8Array.of(0, 0, 0x08, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 255);
    expect(await readIdx(uint8)).toEqual({
      dtype: 'uint8',
      shape: [2, 3],
      data: Uint8Array.of(1, 2, 3, 4, 5, 255),
    });
    const int16 = Uint8Array.of(0, 0, 0x0b, 1, 0, 0, 0, 2, 0x01, 0x02, 0xff, 0xfe);
    expect(await readIdx(int16)).toEqual({ dtype: 'int16', shape: [2], data: Int16Array.of(258, -2) });
    const float32 = Uint8Array.of(0, 0, 0x0d, 1, 0, 0, 0, 1, 0x3f, 0x80, 0, 0);
    expect(await readIdx(float32.buffer)).toEqual({ dtype: 'float32', shape: [1], data: Float32Array.of(1) });
  });

  it.runIf(mnistDir)(
    'reads the real MNIST train labels: 60,000 labels with the published class counts',
    async () => {
      const bytes = await readFile(`${mnistDir}/train-labels-idx1-ubyte.gz`);
      const labels = await readIdx(bytes, { source: 'train-labels' });
      expect(labels.dtype).toBe('uint8');
      expect(labels.shape).toEqual([60000]);
      expect(Array.from(labels.data.subarray(0, 5))).toEqual([5, 0, 4, 1, 9]);
      expect(classCounts({ labels: labels.data, numClasses: 10 })).toEqual([
        5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949,
      ]);
    },
  );

  it('throws IdxFormatError for a wrong magic number', async () => {
    const error = await caught(() => readIdx(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0), { source: 'a.zip' }));
    expect(error).toBeInstanceOf(IdxFormatError);
    expect(error).toMatchObject({ source: 'a.zip', problem: 'magic', received: 'first bytes 50 4b 03 04' });
    expect(error.message).toMatch(/Received: first bytes 50 4b 03 04$/);
  });

  it('throws IdxFormatError for an unsupported type code', async () => {
    const error = await caught(() => readIdx(Uint8Array.of(0, 0, 0x0a, 1, 0, 0, 0, 1, 7)));
    expect(error).toMatchObject({ name: 'IdxFormatError', problem: 'dtype', received: '0x0a' });
  });

  it('throws IdxFormatError for rank 0 and for a header cut short', async () => {
    expect(await caught(() => readIdx(Uint8Array.of(0, 0, 8, 0)))).toMatchObject({ problem: 'rank' });
    expect(await caught(() => readIdx(Uint8Array.of(0, 0, 8, 3, 0, 0, 0, 1)))).toMatchObject({
      problem: 'length',
    });
  });

  it('throws IdxFormatError when the dimensions do not match the byte length, in either direction', async () => {
    const header = [0, 0, 0x08, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2];
    const short = await caught(() => readIdx(Uint8Array.of(...header, 1, 2, 3, 4, 5, 6, 7)));
    expect(short).toMatchObject({
      problem: 'length',
      expected: '24 bytes for uint8 shape [2, 2, 2]',
      received: '23 bytes',
    });
    const long = await caught(() => readIdx(Uint8Array.of(...header, 1, 2, 3, 4, 5, 6, 7, 8, 9)));
    expect(long).toMatchObject({ problem: 'length', received: '25 bytes' });
  });

  it('throws CorruptGzipError for a truncated gzipped file', async () => {
    const gzipped = await writeIdx(
      { shape: [50, 20], data: new Uint8Array(1000).map((_, i) => i * 31) },
      { gzip: true },
    );
    const error = await caught(() => readIdx(gzipped.subarray(0, gzipped.length - 10), { source: 'x.gz' }));
    expect(error).toBeInstanceOf(CorruptGzipError);
    expect(error).toMatchObject({ source: 'x.gz', byteLength: gzipped.length - 10 });
  });
});

describe('writeIdx', () => {
  const arrays: [string, IdxTypedArray][] = [
    ['uint8', Uint8Array.of(0, 1, 255, 7, 8, 9)],
    ['int8', Int8Array.of(-128, 127, 0, 1, -1, 5)],
    ['int16', Int16Array.of(-32768, 32767, 258, 0, -2, 9)],
    ['int32', Int32Array.of(-(2 ** 31), 2 ** 31 - 1, 65536, 0, -1, 3)],
    ['float32', Float32Array.of(1.5, -0.25, 3e38, 0, Number.POSITIVE_INFINITY, -7)],
    ['float64', Float64Array.of(Math.PI, -1e300, 0, 1, 2, 3)],
  ];

  it.each(arrays)(
    'round-trips %s through readIdx, plain and gzipped (node:zlib reads the gzip)',
    async (dtype, data) => {
      const plain = await writeIdx({ shape: [2, 3], data });
      expect(await readIdx(plain)).toEqual({ dtype, shape: [2, 3], data });
      const gzipped = await writeIdx({ shape: [3, 2], data }, { gzip: true });
      expect(Array.from(gunzipSync(gzipped).subarray(16))).toEqual(Array.from(plain.subarray(16)));
      expect(await readIdx(gzipped)).toEqual({ dtype, shape: [3, 2], data });
    },
  );

  it('writes the same bytes that readIdx read', async () => {
    const bytes = Uint8Array.of(0, 0, 0x0c, 1, 0, 0, 0, 2, 0, 0, 1, 0, 0xff, 0xff, 0xff, 0xfe);
    expect(await writeIdx(await readIdx(bytes))).toEqual(bytes);
    expect(await writeIdx(await readIdx(gzipSync(bytes)))).toEqual(bytes);
  });

  it('throws InvalidOptionError when the shape does not hold the data', async () => {
    const error = await caught(() => writeIdx({ shape: [2, 2], data: new Uint8Array(5) }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ functionName: 'writeIdx', option: 'shape', value: '[2, 2]' });
  });
});
