import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFakeMnist } from '../test-support/fake-mnist';
import { removeTemporaryFolders, runBin, temporaryFolder } from '../test-support/run-bin';

afterAll(removeTemporaryFolders);

describe('the MNIST and Fashion-MNIST labs on small generated IDX files', () => {
  const cwd = temporaryFolder();
  const dataDir = join(cwd, 'data');
  const env = { DIGITLAB_DATA_DIR: dataDir };

  beforeAll(async () => {
    await writeFakeMnist(dataDir, 'mnist');
    await writeFakeMnist(dataDir, 'fashion-mnist');
  });

  it("lab mnist-cnn runs with the lab's settings and writes its run folder", async () => {
    const result = await runBin(['lab', 'mnist-cnn', '--epochs', '1', '--offline', '--json'], { cwd, env });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({
      model: { name: 'mnist-cnn', params: 216_650 },
      // Seed 002's protocol: 30% of the training images validate.
      dataset: { name: 'mnist', train: 140, validation: 60, test: 100, sampleShape: [28, 28, 1] },
      settings: { optimizer: 'adam', batchSize: 128, epochs: 1, validationSplit: 0.3 },
    });
    expect(
      existsSync(join(document.runFolder, 'charts', 'worst-errors.svg')) || document.accuracy === 1,
    ).toBe(true);
    const predict = await runBin(
      ['predict', document.runFolder, join(dataDir, 'mnist', 't10k-images-idx3-ubyte.gz'), '--json'],
      { cwd },
    );
    expect(JSON.parse(predict.stdout)).toMatchObject({ format: 'idx', count: 100 });
  }, 60_000);

  it('lab scratch-mlp --dataset fashion-mnist runs the lab recipe on the stand-in data set', async () => {
    const result = await runBin(
      ['lab', 'scratch-mlp', '--dataset', 'fashion-mnist', '--epochs', '1', '--offline', '--json'],
      { cwd, env },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      model: { name: 'scratch-mlp', params: 79_510 },
      dataset: { name: 'fashion-mnist', test: 100 },
      settings: { optimizer: 'sgd', learningRate: 0.1, batchSize: 64, epochs: 1 },
    });
  }, 60_000);

  it('lab scratch-mlp saves the hand-written MLP as a TF.js Layers model that evaluate loads', async () => {
    const result = await runBin(['lab', 'scratch-mlp', '--epochs', '1', '--json'], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `Data: mnist: 4 files read from ${join(dataDir, 'mnist')} ($DIGITLAB_DATA_DIR)`,
    );
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({
      model: { name: 'scratch-mlp', params: 79_510 },
      settings: { optimizer: 'sgd', learningRate: 0.1, batchSize: 64 },
    });
    const evaluation = JSON.parse(
      (await runBin(['evaluate', document.runFolder, '--json'], { cwd, env })).stdout,
    );
    expect(evaluation.accuracy).toBe(document.accuracy);
    // The test set alone is enough: a folder with only the two t10k files evaluates the same.
    const testOnly = join(cwd, 'test-only');
    mkdirSync(testOnly);
    for (const file of ['t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz']) {
      copyFileSync(join(dataDir, 'mnist', file), join(testOnly, file));
    }
    const alone = await runBin(
      ['evaluate', document.runFolder, '--dataset', 'mnist', '--data-dir', testOnly, '--offline', '--json'],
      { cwd },
    );
    expect(alone.code).toBe(0);
    expect(alone.stderr).toContain(`Data: mnist: 2 files read from ${testOnly} (--data-dir)`);
    expect(JSON.parse(alone.stdout).accuracy).toBe(document.accuracy);
  }, 60_000);

  it('lab mlp compares SGD with Adam', async () => {
    const result = await runBin(['lab', 'mlp', '--epochs', '1', '--json'], { cwd, env });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(
      document.comparison.map((row: { name: string; optimizer: string }) => [row.name, row.optimizer]),
    ).toEqual([
      ['mlp-sgd', 'sgd'],
      ['mlp-adam', 'adam'],
    ]);
    expect(existsSync(join(document.folder, 'mlp-adam', 'report.html'))).toBe(true);
  }, 60_000);

  it('lab fashion-lenet labels the classes with their names', async () => {
    const result = await runBin(['lab', 'fashion-lenet', '--epochs', '1', '--json'], { cwd, env });
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.dataset.classNames[9]).toBe('Ankle boot');
    expect(Object.keys(document.classificationReport)).toContain('Ankle boot');
  }, 60_000);

  it('datasets info reads the local files offline', async () => {
    const document = JSON.parse(
      (await runBin(['datasets', 'info', 'mnist', '--offline', '--json'], { cwd, env })).stdout,
    );
    expect(document).toMatchObject({
      train: { count: 200, classCounts: Array(10).fill(20) },
      test: { count: 100 },
    });
  });

  it('missing files with --offline name every file and where to put it', async () => {
    const elsewhere = temporaryFolder();
    const result = await runBin(['lab', 'lenet5', '--offline'], {
      cwd: elsewhere,
      env: { DIGITLAB_DATA_DIR: join(cwd, 'empty') },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error: mnist files are missing and --offline forbids downloading them. Put train-images-idx3-ubyte.gz, ' +
        'train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz (gzipped or not) in ' +
        `${join(elsewhere, '.cache', 'digitlab', 'mnist')} or in a folder you pass as --data-dir <folder>`,
    );
    expect(result.stderr).toContain(join(cwd, 'empty', 'mnist'));
  });

  it('datasets fetch has nothing to do for the embedded digits', async () => {
    const result = await runBin(['datasets', 'fetch', 'digits']);
    expect(result).toMatchObject({
      code: 0,
      stdout: 'digits is embedded in @digitlab/datasets: nothing to fetch.\n',
    });
  });

  it('--data-dir points at a folder of files', async () => {
    const result = await runBin(
      ['datasets', 'info', 'mnist', '--offline', '--data-dir', join(dataDir, 'mnist')],
      { cwd },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('200 train and 100 test samples (official test set)');
  });
});
