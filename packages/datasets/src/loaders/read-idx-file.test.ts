import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caught } from '../../test-support/fixtures';
import { temporaryDir } from '../../test-support/tiny-mnist';
import { FileAccessError } from '../errors/file-access-error';
import { IdxFormatError } from '../errors/idx-format-error';
import { SizeLimitError } from '../errors/size-limit-error';
import { gunzip } from '../gzip/gunzip';
import { writeIdx } from '../idx/write-idx';
import { readIdxFile } from './read-idx-file';

/** An IDX header alone: magic, type 0x08, rank and dimensions, as a lying file would start. */
function header(shape: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * shape.length);
  bytes[2] = 0x08;
  bytes[3] = shape.length;
  const view = new DataView(bytes.buffer);
  for (const [axis, dim] of shape.entries()) view.setUint32(4 + 4 * axis, dim);
  return bytes;
}

let folder: Awaited<ReturnType<typeof temporaryDir>>;
beforeAll(async () => {
  folder = await temporaryDir();
});
afterAll(() => folder.remove());

describe('readIdxFile limits, checked before allocation', () => {
  it('refuses a header that asks for more than the file holds, raw or gzipped', async () => {
    const raw = join(folder.path, 'raw.idx');
    await writeFile(raw, Uint8Array.from([...header([1_500_000, 28, 28]), ...new Uint8Array(322)]));
    expect(await caught(() => readIdxFile(raw))).toMatchObject({ name: 'IdxFormatError', problem: 'length' });
    const gz = join(folder.path, 'lying.gz');
    await writeFile(gz, gzipSync(header([1_500_000, 28, 28])));
    const error = await caught(() => readIdxFile(gz, { maxBytes: 2 ** 31 }));
    expect(error).toBeInstanceOf(SizeLimitError);
    expect(error).toMatchObject({ measure: 'declared size', option: '' });
    expect(await caught(() => readIdxFile(gz))).toMatchObject({ option: 'maxBytes', limit: 268435456 });
  });

  it('stops a gzip bomb behind a modest header as soon as it inflates past the declared size', async () => {
    const bomb = join(folder.path, 'bomb.gz');
    await writeFile(
      bomb,
      gzipSync(Buffer.concat([header([10, 28, 28]), Buffer.alloc(16 << 20)]), { level: 1 }),
    );
    const error = await caught(() => readIdxFile(bomb));
    expect(error).toBeInstanceOf(IdxFormatError);
    expect(error.message).toMatch(/Received: more than 7856 bytes/);
    const bytes = gzipSync(Buffer.alloc(4 << 20));
    expect(await caught(() => gunzip(bytes, { maxBytes: 1 << 20 }))).toMatchObject({
      name: 'SizeLimitError',
      option: 'maxBytes',
      limit: 1 << 20,
    });
  });

  it('checks rank and sample shape on the header, and refuses a FIFO at once', async () => {
    const images = join(folder.path, 'images.idx');
    await writeFile(images, await writeIdx({ shape: [2, 32, 32], data: new Uint8Array(2048) }));
    expect(await caught(() => readIdxFile(images, { rank: 3, sampleShape: [28, 28] }))).toMatchObject({
      problem: 'shape',
      received: 'shape [2, 32, 32]',
    });
    expect(await caught(() => readIdxFile(images, { rank: 1 }))).toMatchObject({ problem: 'rank' });
    const fifo = join(folder.path, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const error = await caught(() => readIdxFile(fifo));
    expect(error).toBeInstanceOf(FileAccessError);
    expect(error).toMatchObject({ path: fifo, code: 'NOTFILE' });
    expect(await caught(() => readIdxFile(folder.path))).toMatchObject({ code: 'NOTFILE' });
    expect(await caught(() => readIdxFile(join(folder.path, 'absent')))).toMatchObject({ code: 'ENOENT' });
  });
});
