import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the CRC-32 check value and agrees with the gzip trailers node:zlib writes', async () => {
    expect(crc32([new TextEncoder().encode('123456789')])).toBe(0xcbf43926);
    const { gzipSync } = await import('node:zlib');
    const random = createRandom(3);
    const bytes = Uint8Array.from({ length: 5000 }, () => random.int(256));
    const gzipped = gzipSync(bytes);
    const trailer = new DataView(gzipped.buffer, gzipped.byteOffset + gzipped.length - 8, 4).getUint32(
      0,
      true,
    );
    expect(crc32([bytes.subarray(0, 1234), bytes.subarray(1234)])).toBe(trailer);
  });
});
