import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sharedDatasetDir } from '../../test-support/shared-data';
import { createRandom } from '../random';
import { computeChecksum } from './checksum';
import { createMd5, md5 } from './md5';
import { nodeHasher } from './node-hasher';

const mnistDir = sharedDatasetDir('mnist-t10k');
const ascii = (text: string) => new TextEncoder().encode(text);

describe('md5', () => {
  it('matches the RFC 1321 test suite', () => {
    expect(md5(ascii(''))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5(ascii('a'))).toBe('0cc175b9c0f1b6a831c399e269772661');
    expect(md5(ascii('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5(ascii('message digest'))).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5(ascii('abcdefghijklmnopqrstuvwxyz'))).toBe('c3fcd3d76192e4007dfb496cca67e13b');
    expect(md5(ascii(`${'1234567890'.repeat(8)}`))).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('matches node:crypto at every length around the block boundaries, fed in one piece or in odd chunks', () => {
    const random = createRandom(5);
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4099]) {
      const bytes = Uint8Array.from({ length }, () => random.int(256));
      const expected = createHash('md5').update(bytes).digest('hex');
      expect(md5(bytes)).toBe(expected);
      const hasher = createMd5();
      for (let offset = 0; offset < length; offset += 7 + (offset % 61)) {
        hasher.update(bytes.subarray(offset, offset + 7 + (offset % 61)));
      }
      expect(hasher.digest()).toBe(expected);
    }
  });

  it('in Node, nodeHasher is node:crypto and agrees with the hand-written fallback', async () => {
    const random = createRandom(9);
    const bytes = Uint8Array.from({ length: 70_001 }, () => random.int(256));
    const hasher = (await nodeHasher('md5'))!;
    hasher.update(bytes.subarray(0, 12_345));
    hasher.update(bytes.subarray(12_345));
    expect(hasher.digest()).toBe(md5(bytes));
    expect(await computeChecksum(bytes, 'md5')).toBe(md5(bytes));
  });

  it.runIf(mnistDir)('reproduces the published upstream MD5s of the real MNIST files', async () => {
    const dir = mnistDir!;
    const images = new Uint8Array(await readFile(`${dir}/t10k-images-idx3-ubyte.gz`));
    const labels = new Uint8Array(await readFile(`${dir}/t10k-labels-idx1-ubyte.gz`));
    expect(md5(images)).toBe('9fb629c4189551a2d022fa330f9573f3');
    expect(await computeChecksum(labels, 'md5')).toBe('ec29112dd5afa0611ce80d1b7f02629c');
  });
});

describe('computeChecksum', () => {
  it('computes SHA-256 like node:crypto', async () => {
    const bytes = ascii('digitlab');
    expect(await computeChecksum(bytes, 'sha256')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
