import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { md5 } from '../src/checksum/md5';
import { writeIdx } from '../src/idx/write-idx';
import type { DatasetFiles, IdxDatasetSource } from '../src/loaders/idx-dataset-source';

/** A tiny data set in the MNIST layout (gzipped IDX files of 4x5 images), with its file specs and bytes. */
export interface TinyMnist {
  readonly files: DatasetFiles;
  /** Gzipped file bytes by file name. */
  readonly bytes: ReadonlyMap<string, Uint8Array>;
  readonly trainLabels: readonly number[];
  readonly testLabels: readonly number[];
}

/** Image `i` of a split is filled with the value `first + i`, so a test can tell which file it came from. */
export async function makeTinyMnist(
  prefix: string,
  trainLabels: readonly number[],
  testLabels: readonly number[],
): Promise<TinyMnist> {
  const bytes = new Map<string, Uint8Array>();
  const spec = (name: string, data: Uint8Array) => {
    bytes.set(name, data);
    return { name, checksum: { algorithm: 'md5' as const, hex: md5(data) } };
  };
  const part = async (split: string, labels: readonly number[], first: number) => {
    const images = new Uint8Array(labels.length * 20);
    for (let i = 0; i < labels.length; i++) images.fill(first + i, i * 20, (i + 1) * 20);
    return {
      images: spec(
        `${prefix}-${split}-images.gz`,
        await writeIdx({ shape: [labels.length, 4, 5], data: images }, { gzip: true }),
      ),
      labels: spec(
        `${prefix}-${split}-labels.gz`,
        await writeIdx({ shape: [labels.length], data: Uint8Array.from(labels) }, { gzip: true }),
      ),
    };
  };
  const files = { train: await part('train', trainLabels, 0), test: await part('test', testLabels, 100) };
  return { files, bytes, trainLabels, testLabels };
}

/** A source for loadIdxDataset with no mirrors; tests pass their own. */
export function tinySource(tiny: TinyMnist, systemDirs: readonly string[] = []): IdxDatasetSource {
  return {
    id: 'tiny',
    title: 'Tiny',
    mirrors: [],
    files: tiny.files,
    classNames: ['a', 'b', 'c'],
    systemDirs,
  };
}

/** Writes the named files (default: all) into `dir`, creating it. */
export async function writeTinyFiles(
  tiny: TinyMnist,
  dir: string,
  names = [...tiny.bytes.keys()],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of names) await writeFile(join(dir, name), tiny.bytes.get(name)!);
}

/** A fresh temporary folder and a function that removes it. */
export async function temporaryDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'digitlab-datasets-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
