import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ConsumerTestsError } from './errors/consumer-tests-error';

const BLOCK = 512;

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/**
 * Reads an npm package tarball into a map from path (without the leading `package/`) to contents.
 * Handles the ustar layout npm and pnpm write; other entry types than files are skipped.
 */
export function readTarball(path: string): Map<string, Buffer> {
  const archive = gunzipSync(readFileSync(path));
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    const name = field(header, 0, 100);
    if (name === '') break;
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const prefix = field(header, 345, 155);
    const type = field(header, 156, 1);
    const fullName = prefix === '' ? name : `${prefix}/${name}`;
    if (!fullName.startsWith('package/')) {
      throw new ConsumerTestsError(
        `Expected every entry of ${path} under package/, as npm publishes them; repack it. Received: ${fullName}`,
      );
    }
    if (type === '0' || type === '') {
      files.set(fullName.slice('package/'.length), archive.subarray(offset + BLOCK, offset + BLOCK + size));
    }
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}
