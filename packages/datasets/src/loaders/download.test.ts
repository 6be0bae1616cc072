import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caught } from '../../test-support/fixtures';
import { type Answer, startMirrorServer } from '../../test-support/mirror-server';
import { makeTinyMnist, temporaryDir } from '../../test-support/tiny-mnist';
import { computeChecksum } from '../checksum/checksum';
import { ChecksumError } from '../errors/checksum-error';
import { DownloadError } from '../errors/download-error';
import { DownloadTimeoutError } from '../errors/download-timeout-error';
import { HttpStatusError } from '../errors/http-status-error';
import { MissingFilesError } from '../errors/missing-files-error';
import type { DownloadProgress } from './download-file';
import { type LoadOptions, loadIdxDataset } from './load-idx-dataset';
import { mnistSource } from './mnist';
import type { LocatedFile } from './obtain-files';

const tiny = await makeTinyMnist('served', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9], [9, 8, 7]);
const trainNames = [tiny.files.train.images.name, tiny.files.train.labels.name];
const serve = (file: string): Answer => ({ kind: 'serve', bytes: tiny.bytes.get(file)! });
const damaged = (file: string): Uint8Array => {
  const bytes = Uint8Array.from(tiny.bytes.get(file)!);
  bytes[bytes.length - 10]! ^= 0xff;
  return bytes;
};
const wrongBytes = (file: string): Answer => ({ kind: 'serve', bytes: damaged(file) });

let cache: Awaited<ReturnType<typeof temporaryDir>>;
let server: Awaited<ReturnType<typeof startMirrorServer>> | undefined;
const downloadDir = () => join(cache.path, 'mnist');

async function load(
  answer: Parameters<typeof startMirrorServer>[0],
  options: LoadOptions & { mirrorNames?: string[] } = {},
) {
  server = await startMirrorServer(answer);
  const { mirrorNames = ['a', 'b'], ...rest } = options;
  // MNIST's mirrors and cache folder, with the tiny files' 4x5 images.
  return loadIdxDataset(
    { ...mnistSource, imageShape: [4, 5] },
    {
      cacheDir: cache.path,
      files: tiny.files,
      mirrors: mirrorNames.map(server.mirror),
      retryDelayMs: 0,
      ...rest,
    },
  );
}

beforeEach(async () => {
  cache = await temporaryDir();
  vi.stubEnv('DIGITLAB_DATA_DIR', '');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
  await cache.remove();
});

describe('downloading from mirrors over HTTP', () => {
  it('downloads into <cacheDir>/mnist, verifies, loads, and then reads the cache without requests', async () => {
    const progress: DownloadProgress[] = [];
    const located: LocatedFile[] = [];
    const train = await load((_, file) => serve(file), {
      onProgress: (update) => progress.push(update),
      onFile: (file) => located.push(file),
    });
    expect(located).toEqual(
      trainNames.map((name) => ({ file: name, path: join(downloadDir(), name), origin: 'download' })),
    );
    expect(train.count).toBe(11);
    expect(Array.from(train.labels)).toEqual(tiny.trainLabels);
    expect(server!.requests).toEqual(trainNames.map((name) => `/a/${name}`));
    expect((await readdir(downloadDir())).sort()).toEqual([...trainNames].sort());
    const again = await loadIdxDataset(
      { ...mnistSource, imageShape: [4, 5] },
      {
        cacheDir: cache.path,
        files: tiny.files,
        mirrors: [server!.mirror('a')],
        onFile: (file) => located.push(file),
      },
    );
    expect(located.slice(2).map((file) => file.origin)).toEqual(['cache', 'cache']);
    expect(again.images).toEqual(train.images);
    expect(server!.requests).toHaveLength(2);
    const imagesSize = tiny.bytes.get(trainNames[0]!)!.length;
    const forImages = progress.filter((update) => update.file === trainNames[0]);
    expect(forImages.length).toBeGreaterThan(0);
    expect(forImages.at(-1)).toEqual({
      file: trainNames[0],
      url: `${server!.mirror('a')}${trainNames[0]}`,
      receivedBytes: imagesSize,
      totalBytes: imagesSize,
    });
    const received = forImages.map((update) => update.receivedBytes);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });

  it('tries the mirrors in order, without retrying a 404', async () => {
    const train = await load(
      (mirror, file) => (mirror === 'b' ? serve(file) : { kind: 'status', status: 404 }),
      {
        mirrorNames: ['a', 'b', 'c'],
      },
    );
    expect(train.count).toBe(11);
    expect(server!.requests).toEqual(trainNames.flatMap((name) => [`/a/${name}`, `/b/${name}`]));
  });

  it('retries a mirror after a 503', async () => {
    const train = await load(
      (mirror, file, previous) =>
        mirror === 'a' && previous < 2 ? { kind: 'status', status: 503 } : serve(file),
      { retries: 2 },
    );
    expect(train.count).toBe(11);
    expect(server!.requests).toEqual(
      trainNames.flatMap((name) => [`/a/${name}`, `/a/${name}`, `/a/${name}`]),
    );
  });

  it('moves on to the next mirror when the retries are used up', async () => {
    const train = await load(
      (mirror, file) => (mirror === 'a' ? { kind: 'status', status: 503 } : serve(file)),
      {
        retries: 1,
      },
    );
    expect(train.count).toBe(11);
    expect(server!.requests).toEqual(
      trainNames.flatMap((name) => [`/a/${name}`, `/a/${name}`, `/b/${name}`]),
    );
  });

  it('leaves no partial file when the server cuts the connection mid-file, and fails with DownloadError', async () => {
    const cut = (file: string): Answer => ({ kind: 'cut', bytes: tiny.bytes.get(file)!, after: 40 });
    const error = await caught(() => load((_, file) => cut(file), { mirrorNames: ['a'], retries: 1 }));
    expect(error).toBeInstanceOf(DownloadError);
    expect(error).toMatchObject({ file: trainNames[0] });
    const attempts = (error as DownloadError).attempts;
    expect(attempts.map((attempt) => attempt.url)).toEqual(
      [1, 2].map(() => `${server!.mirror('a')}${trainNames[0]}`),
    );
    expect(error.message).toMatch(/Received: 2 failed attempts/);
    expect(error).toMatchObject({ directory: downloadDir() });
    expect(error.message).toContain(`put the file in ${downloadDir()} yourself`);
    for (const attempt of attempts) expect(attempt.error).not.toBeInstanceOf(ChecksumError);
    expect(await readdir(downloadDir())).toEqual([]);
  });

  it('gives up on a mirror that never answers, or stalls mid-file, after its timeouts, leaving no file', async () => {
    const silent = await caught(() =>
      load(() => ({ kind: 'silent' }), { mirrorNames: ['a'], retries: 0, connectTimeoutMs: 150 }),
    );
    expect((silent as DownloadError).attempts[0]!.error).toBeInstanceOf(DownloadTimeoutError);
    expect((silent as DownloadError).attempts[0]!.error).toMatchObject({ phase: 'connect', timeoutMs: 150 });
    await server!.close();
    const stall = (file: string): Answer => ({ kind: 'stall', bytes: tiny.bytes.get(file)!, after: 40 });
    const started = performance.now();
    const stalled = await caught(() =>
      load((_, file) => stall(file), { mirrorNames: ['a'], retries: 1, idleTimeoutMs: 150 }),
    );
    expect(performance.now() - started).toBeLessThan(5000);
    const attempts = (stalled as DownloadError).attempts;
    expect(attempts).toHaveLength(2);
    for (const { error } of attempts) expect(error).toMatchObject({ phase: 'idle', receivedBytes: 40 });
    expect(stalled.message).toMatch(/raise `idleTimeoutMs`/);
    expect(await readdir(downloadDir())).toEqual([]);
  });

  it('removes the .part files of killed downloads before downloading again', async () => {
    await mkdir(downloadDir(), { recursive: true });
    // pid 2^22 + 1 is above Linux's pid_max, so no process has it.
    await writeFile(join(downloadDir(), `${trainNames[0]}.4194305-dead.part`), 'half');
    await writeFile(join(downloadDir(), `${trainNames[0]}.${process.pid}-live.part`), 'running');
    await load((_, file) => serve(file));
    expect(await readdir(downloadDir())).toContain(`${trainNames[0]}.${process.pid}-live.part`);
    expect(await readdir(downloadDir())).not.toContain(`${trainNames[0]}.4194305-dead.part`);
  });

  it('recovers from a cut connection by retrying, with no partial file left', async () => {
    const train = await load(
      (_, file, previous) =>
        previous === 0 ? { kind: 'cut', bytes: tiny.bytes.get(file)!, after: 40 } : serve(file),
      { mirrorNames: ['a'], retries: 1 },
    );
    expect(train.count).toBe(11);
    expect((await readdir(downloadDir())).sort()).toEqual([...trainNames].sort());
  });

  it('deletes a file whose checksum does not match and tries the next mirror', async () => {
    const train = await load((mirror, file) => (mirror === 'a' ? wrongBytes(file) : serve(file)));
    expect(train.count).toBe(11);
    expect(server!.requests.filter((url) => url.startsWith('/a/'))).toHaveLength(2);
    expect((await readdir(downloadDir())).sort()).toEqual([...trainNames].sort());
  });

  it('reports a checksum mismatch as ChecksumError in the DownloadError, with nothing left in the cache', async () => {
    const error = await caught(() => load((_, file) => wrongBytes(file), { mirrorNames: ['a'] }));
    expect(error).toBeInstanceOf(DownloadError);
    const [attempt] = (error as DownloadError).attempts;
    expect(attempt!.error).toBeInstanceOf(ChecksumError);
    expect(attempt!.error).toMatchObject({
      file: trainNames[0],
      algorithm: 'md5',
      expected: tiny.files.train.images.checksum.hex,
      actual: await computeChecksum(damaged(trainNames[0]!), 'md5'),
    });
    expect(await readdir(downloadDir())).toEqual([]);
  });

  it('reports HTTP errors as HttpStatusError attempts', async () => {
    const error = await caught(() => load(() => ({ kind: 'status', status: 404 })));
    expect((error as DownloadError).attempts.map((attempt) => attempt.error)).toEqual([
      expect.any(HttpStatusError),
      expect.any(HttpStatusError),
    ]);
    expect((error as DownloadError).attempts[0]!.error).toMatchObject({ status: 404 });
  });

  it('verifies SHA-256 pins as well', async () => {
    const sha256 = async (file: typeof tiny.files.train.images) => ({
      name: file.name,
      checksum: {
        algorithm: 'sha256' as const,
        hex: await computeChecksum(tiny.bytes.get(file.name)!, 'sha256'),
      },
    });
    const files = {
      ...tiny.files,
      train: { images: await sha256(tiny.files.train.images), labels: await sha256(tiny.files.train.labels) },
    };
    expect((await load((_, file) => serve(file), { files })).count).toBe(11);
  });

  it('never downloads when offline', async () => {
    const error = await caught(() => load((_, file) => serve(file), { offline: true, split: 'all' }));
    expect(error).toBeInstanceOf(MissingFilesError);
    expect((error as MissingFilesError).missing).toHaveLength(4);
    expect(server!.requests).toEqual([]);
  });
});
