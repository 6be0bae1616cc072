import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, writeIdx } from '@digitlab/datasets';

/** Small MNIST-shaped images: class c is a bright 8x8 square at a place of its own, plus noise. */
function images(count: number, seed: number): { pixels: Uint8Array; labels: Uint8Array } {
  const random = createRandom(seed);
  const pixels = new Uint8Array(count * 784);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 10;
    labels[i] = label;
    const top = 2 + 12 * Math.floor(label / 5) + random.int(3);
    const left = 1 + 5 * (label % 5) + random.int(2);
    for (let y = 0; y < 28; y++) {
      for (let x = 0; x < 28; x++) {
        const inside = y >= top && y < top + 8 && x >= left && x < left + 4;
        pixels[i * 784 + y * 28 + x] = inside ? 200 + random.int(56) : random.int(30);
      }
    }
  }
  return { pixels, labels };
}

/**
 * Writes an MNIST-layout data set (gzipped IDX, the official file names) into `<root>/<id>/`: the CLI's
 * MNIST paths run on it through `DIGITLAB_DATA_DIR=<root>` without the real 60,000 images.
 */
export async function writeFakeMnist(
  root: string,
  id: 'mnist' | 'fashion-mnist',
  train = 200,
  test = 100,
): Promise<void> {
  const folder = join(root, id);
  mkdirSync(folder, { recursive: true });
  for (const [split, count, seed] of [
    ['train', train, 1],
    ['t10k', test, 2],
  ] as const) {
    const { pixels, labels } = images(count, seed);
    writeFileSync(
      join(folder, `${split}-images-idx3-ubyte.gz`),
      await writeIdx({ shape: [count, 28, 28], data: pixels }, { gzip: true }),
    );
    writeFileSync(
      join(folder, `${split}-labels-idx1-ubyte.gz`),
      await writeIdx({ shape: [count], data: labels }, { gzip: true }),
    );
  }
}
