import { describe, expect, it } from 'vitest';
import { describeDataSource } from './data-source';

describe('describeDataSource', () => {
  it('says where each group of files came from, with the real folders', () => {
    const debian = '/usr/share/datasets/fashion-mnist';
    const cache = '/home/me/.cache/digitlab/fashion-mnist';
    expect(
      describeDataSource('fashion-mnist', {
        kind: 'files',
        files: [
          {
            file: 't10k-images-idx3-ubyte.gz',
            path: `${debian}/t10k-images-idx3-ubyte.gz`,
            origin: 'system',
          },
          {
            file: 't10k-labels-idx1-ubyte.gz',
            path: `${debian}/t10k-labels-idx1-ubyte.gz`,
            origin: 'system',
          },
          {
            file: 'train-labels-idx1-ubyte.gz',
            path: `${cache}/train-labels-idx1-ubyte.gz`,
            origin: 'download',
          },
        ],
      }),
    ).toBe(
      `fashion-mnist: 2 files read from ${debian} (installed by a system package); ` +
        `1 file downloaded into ${cache}`,
    );
  });

  it('names embedded and generated data', () => {
    expect(describeDataSource('digits', { kind: 'embedded' })).toBe(
      'digits: embedded in @digitlab/datasets (no files read)',
    );
    expect(describeDataSource('xor', { kind: 'generated', seed: 7 })).toBe('xor: generated with seed 7');
  });
});
