import type { FileHandle } from 'node:fs/promises';
import { gunzip, isGzip, trailerSize } from '../gzip/gunzip';
import { decodeIdx } from '../idx/decode-idx';
import type { IdxArray } from '../idx/idx-array';
import { nodeModule } from '../platform/node-module';

/**
 * Reads an IDX file, gzipped or not (Node only). A gzipped file is read in 1 MiB pieces through the decompressor
 * into one buffer sized from the gzip trailer, so the compressed file is never held in memory whole.
 */
export async function readIdxFile(path: string): Promise<IdxArray> {
  const { open, readFile } = await nodeModule('node:fs/promises');
  const handle = await open(path);
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(2);
    await handle.read(head, 0, 2, 0);
    if (!isGzip(head)) return decodeIdx(new Uint8Array(await readFile(path)), path);
    const tail = new Uint8Array(4);
    await handle.read(tail, 0, 4, Math.max(0, size - 4));
    const sizeHint = trailerSize(tail, size) ?? 4 * size;
    return decodeIdx(await gunzip(readChunks(handle, size), { source: path, sizeHint }), path);
  } finally {
    await handle.close();
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
