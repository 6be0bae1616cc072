import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requiredInCi, sharedDatasetDir } from '../../test-support/shared-data';
import { temporaryDir } from '../../test-support/tiny-mnist';
import { classCounts } from '../stats/class-counts';
import { fashionMnistSource, loadFashionMnist } from './fashion-mnist';
import { loadMnist } from './mnist';

// Debian's dataset-fashion-mnist package; CI installs it (.ci/run), so there these tests must run.
const debianFashion = requiredInCi(fashionMnistSource.systemDirs[0]!);
const mnistTestDir = sharedDatasetDir('mnist-t10k');

let cache: Awaited<ReturnType<typeof temporaryDir>>;
beforeEach(async () => {
  cache = await temporaryDir();
  vi.stubEnv('DIGITLAB_DATA_DIR', '');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await cache.remove();
});

describe.runIf(debianFashion)("the real Fashion-MNIST from Debian's package", () => {
  it('loads 60,000 train images of 28x28, 6,000 per class, found in the Debian folder without a dir', async () => {
    const train = await loadFashionMnist({ offline: true, cacheDir: cache.path });
    expect(train).toMatchObject({
      count: 60000,
      height: 28,
      width: 28,
      channels: 1,
      maxValue: 255,
      numClasses: 10,
    });
    expect(train.images).toHaveLength(60000 * 784);
    expect(classCounts(train)).toEqual(new Array(10).fill(6000));
    expect(train.classNames[9]).toBe('Ankle boot');
    expect(train.labels[0]).toBe(9);
  });

  it('loads 10,000 test images, 1,000 per class, and 70,000 with split: all', async () => {
    const test = await loadFashionMnist({ split: 'test', offline: true, cacheDir: cache.path });
    expect(test.count).toBe(10000);
    expect(classCounts(test)).toEqual(new Array(10).fill(1000));
    const all = await loadFashionMnist({ split: 'all', offline: true, cacheDir: cache.path });
    expect(all.count).toBe(70000);
    expect(all.labels.subarray(60000)).toEqual(test.labels);
  });
});

describe.runIf(mnistTestDir)('the real MNIST test set', () => {
  it('loads 10,000 images via dir with the published class counts', async () => {
    const test = await loadMnist({ split: 'test', dir: mnistTestDir, offline: true, cacheDir: cache.path });
    expect(test).toMatchObject({ count: 10000, height: 28, width: 28, channels: 1, numClasses: 10 });
    expect(classCounts(test)).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
    expect(Array.from(test.labels.subarray(0, 5))).toEqual([7, 2, 1, 0, 4]);
    expect(Math.max(...test.images.subarray(0, 784))).toBe(255);
  });
});
