import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caught } from '../../test-support/fixtures';
import { makeTinyMnist, temporaryDir, tinySource, writeTinyFiles } from '../../test-support/tiny-mnist';
import { CorruptGzipError } from '../errors/corrupt-gzip-error';
import { CountMismatchError } from '../errors/count-mismatch-error';
import { EmptyDatasetError } from '../errors/empty-dataset-error';
import { IdxFormatError } from '../errors/idx-format-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { LabelRangeError } from '../errors/label-range-error';
import { MissingFilesError } from '../errors/missing-files-error';
import { writeIdx } from '../idx/write-idx';
import { loadIdxDataset } from './load-idx-dataset';

const tiny = await makeTinyMnist('local', [0, 1, 2, 1, 0], [2, 2, 1]);
let root: Awaited<ReturnType<typeof temporaryDir>>;
const at = (...parts: string[]) => join(root.path, ...parts);
const options = () => ({ cacheDir: at('cache'), offline: true });

beforeEach(async () => {
  root = await temporaryDir();
  vi.stubEnv('DIGITLAB_DATA_DIR', '');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await root.remove();
});

describe('loadIdxDataset from local files', () => {
  it('loads a split from dir into an ImageDataset', async () => {
    await writeTinyFiles(tiny, at('data'));
    const train = await loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') });
    expect(train).toMatchObject({ count: 5, height: 4, width: 5, channels: 1, maxValue: 255, numClasses: 3 });
    expect(train.classNames).toEqual(['a', 'b', 'c']);
    expect(Array.from(train.labels)).toEqual([0, 1, 2, 1, 0]);
    expect(train.images).toHaveLength(100);
    expect(train.images[20 * 3]).toBe(3);
    const test = await loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data'), split: 'test' });
    expect(Array.from(test.labels)).toEqual([2, 2, 1]);
    expect(test.images[0]).toBe(100);
  });

  it("combines train then test with split: 'all'", async () => {
    await writeTinyFiles(tiny, at('data'));
    const all = await loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data'), split: 'all' });
    expect(all.count).toBe(8);
    expect(Array.from(all.labels)).toEqual([0, 1, 2, 1, 0, 2, 2, 1]);
    expect(Array.from({ length: 8 }, (_, i) => all.images[i * 20])).toEqual([0, 1, 2, 3, 4, 100, 101, 102]);
  });

  it('reads a decompressed copy saved without .gz', async () => {
    await writeTinyFiles(tiny, at('data'), []);
    for (const [name, bytes] of tiny.bytes)
      await writeFile(at('data', name.replace(/\.gz$/, '')), gunzipSync(bytes));
    const train = await loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') });
    expect(train.count).toBe(5);
  });

  it('searches dir, then $DIGITLAB_DATA_DIR/<id>, then the system folders, then the cache', async () => {
    const other = await makeTinyMnist('local', [1, 1, 1], [1]);
    const trainNames = [tiny.files.train.images.name, tiny.files.train.labels.name];
    await writeTinyFiles(other, at('cache', 'tiny'), trainNames);
    const source = tinySource(tiny, [at('system')]);
    expect((await loadIdxDataset(source, options())).count).toBe(3);
    await writeTinyFiles(other, at('system'), []);
    await writeTinyFiles(tiny, at('system'), trainNames);
    const origins: string[] = [];
    const fromSystem = await loadIdxDataset(source, {
      ...options(),
      onFile: ({ origin, path }) => origins.push(`${origin} ${path}`),
    });
    expect(fromSystem.count).toBe(5);
    expect(origins).toEqual(trainNames.map((name) => `system ${at('system', name)}`));
    vi.stubEnv('DIGITLAB_DATA_DIR', at('env'));
    await writeTinyFiles(other, at('env', 'tiny'), trainNames);
    expect((await loadIdxDataset(source, options())).count).toBe(3);
    await writeTinyFiles(tiny, at('explicit'), trainNames);
    expect((await loadIdxDataset(source, { ...options(), dir: at('explicit') })).count).toBe(5);
  });

  it('with offline: true, names the missing files and where to put them, and creates nothing', async () => {
    await writeTinyFiles(tiny, at('data'), [tiny.files.train.images.name]);
    const error = await caught(() => loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') }));
    expect(error).toBeInstanceOf(MissingFilesError);
    expect(error).toMatchObject({
      dataset: 'Tiny',
      datasetId: 'tiny',
      missing: ['local-train-labels.gz'],
      searched: [at('data'), at('cache', 'tiny')],
    });
    expect(error.message).toContain(`Put local-train-labels.gz (gzipped or not) in ${at('cache', 'tiny')}`);
    expect(await readdir(root.path)).toEqual(['data']);
  });

  it('throws CountMismatchError when the images and labels files disagree on the count', async () => {
    const labels = await writeIdx({ shape: [4], data: Uint8Array.of(0, 1, 2, 0) }, { gzip: true });
    await writeTinyFiles(tiny, at('data'));
    await writeFile(at('data', tiny.files.train.labels.name), labels);
    const error = await caught(() => loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') }));
    expect(error).toBeInstanceOf(CountMismatchError);
    expect(error).toMatchObject({ imageCount: 5, labelCount: 4 });
    expect(error.message).toMatch(/Received: 5 images, 4 labels$/);
  });

  it('throws LabelRangeError for a label not below the number of classes', async () => {
    const labels = await writeIdx({ shape: [5], data: Uint8Array.of(0, 1, 2, 3, 0) }, { gzip: true });
    await writeTinyFiles(tiny, at('data'));
    await writeFile(at('data', tiny.files.train.labels.name), labels);
    const error = await caught(() => loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') }));
    expect(error).toBeInstanceOf(LabelRangeError);
    expect(error).toMatchObject({ index: 3, label: 3, numClasses: 3 });
  });

  it('throws EmptyDatasetError for files that hold no samples', async () => {
    await writeTinyFiles(tiny, at('data'));
    await writeFile(
      at('data', tiny.files.train.images.name),
      await writeIdx({ shape: [0, 4, 5], data: new Uint8Array(0) }),
    );
    await writeFile(
      at('data', tiny.files.train.labels.name),
      await writeIdx({ shape: [0], data: new Uint8Array(0) }),
    );
    const error = await caught(() => loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') }));
    expect(error).toBeInstanceOf(EmptyDatasetError);
    expect(error).toMatchObject({ source: at('data', tiny.files.train.images.name), count: 0 });
  });

  it('throws IdxFormatError for an images file of the wrong rank or type', async () => {
    await writeTinyFiles(tiny, at('data'));
    await writeFile(
      at('data', tiny.files.train.images.name),
      await writeIdx({ shape: [5, 20], data: new Uint8Array(100) }),
    );
    const rank = await caught(() => loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') }));
    expect(rank).toMatchObject({ name: 'IdxFormatError', problem: 'rank', received: 'rank 2 [5, 20]' });
    await writeFile(
      at('data', tiny.files.train.images.name),
      await writeIdx({ shape: [5, 4, 5], data: new Float32Array(100) }),
    );
    const dtype = await caught(() => loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') }));
    expect(dtype).toBeInstanceOf(IdxFormatError);
    expect(dtype).toMatchObject({ problem: 'dtype', received: 'float32' });
  });

  it('throws CorruptGzipError naming the file for a truncated gzipped file', async () => {
    await writeTinyFiles(tiny, at('data'));
    const bytes = tiny.bytes.get(tiny.files.train.images.name)!;
    await writeFile(at('data', tiny.files.train.images.name), bytes.subarray(0, bytes.length - 12));
    const error = await caught(() => loadIdxDataset(tinySource(tiny), { ...options(), dir: at('data') }));
    expect(error).toBeInstanceOf(CorruptGzipError);
    expect(error).toMatchObject({ source: at('data', tiny.files.train.images.name) });
  });

  it('rejects an unknown split and a malformed checksum with InvalidOptionError', async () => {
    const split = await caught(() =>
      loadIdxDataset(tinySource(tiny), { ...options(), split: 'validation' as 'train' }),
    );
    expect(split).toBeInstanceOf(InvalidOptionError);
    expect(split).toMatchObject({ option: 'split', value: 'validation' });
    const files = {
      ...tiny.files,
      train: {
        ...tiny.files.train,
        images: { name: 'x.gz', checksum: { algorithm: 'md5' as const, hex: 'abc' } },
      },
    };
    expect(await caught(() => loadIdxDataset(tinySource(tiny), { ...options(), files }))).toBeInstanceOf(
      InvalidOptionError,
    );
  });
});
