import { describe, expect, it } from 'vitest';
import { downloadProgress } from './download-progress';

function collector(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 100, write: (text: string) => chunks.push(text) } };
}

const url = (file: string) => `https://example.org/${file}`;

describe('downloadProgress', () => {
  it('prints a line when each file starts and when it is complete', () => {
    const { chunks, stream } = collector(false);
    const reporter = downloadProgress(stream);
    for (const received of [1e6, 2e6]) {
      reporter.onProgress({ file: 'a.gz', url: url('a.gz'), receivedBytes: received, totalBytes: 2e6 });
    }
    reporter.onProgress({ file: 'b.gz', url: url('b.gz'), receivedBytes: 5e5, totalBytes: undefined });
    reporter.finish();
    const lines = chunks.join('').trim().split('\n');
    expect(lines).toEqual([
      'Downloading a.gz from https://example.org/a.gz',
      expect.stringMatching(/^Downloaded a\.gz \(2\.0 MB in \d+\.\ds\)$/),
      'Downloading b.gz from https://example.org/b.gz',
      expect.stringMatching(/^Downloaded b\.gz \(0\.5 MB in \d+\.\ds\)$/),
    ]);
  });

  it('draws a bar of megabytes on a terminal', () => {
    const { chunks, stream } = collector(true);
    const reporter = downloadProgress(stream);
    reporter.onProgress({ file: 'a.gz', url: url('a.gz'), receivedBytes: 1e6, totalBytes: 4e6 });
    reporter.finish();
    expect(chunks.join('')).toMatch(/a\.gz .*25% \| 1\.0 MB of 4\.0 MB/);
  });
});
