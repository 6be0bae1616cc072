import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTemporaryFolders, runBin, temporaryFolder } from '../test-support/run-bin';

afterAll(removeTemporaryFolders);

const packageVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

describe('digitlab --help and --version', () => {
  it('prints the version', async () => {
    const result = await runBin(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
  });

  it.each([
    [[]],
    [['run']],
    [['train']],
    [['lab']],
    [['evaluate']],
    [['predict']],
    [['compare']],
    [['summary']],
    [['models']],
    [['datasets']],
    [['datasets', 'list']],
    [['datasets', 'info']],
    [['datasets', 'fetch']],
  ])('has --help on %j', async (command) => {
    const result = await runBin([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: digitlab${command.length > 0 ? ` ${command.join(' ')}` : ''}`);
    expect(result.stdout).toContain('--json');
  });
});

describe('digitlab help', () => {
  it('prints the help on stdout and exits 0, for the program and for a command', async () => {
    const program = await runBin(['help']);
    expect(program).toMatchObject({ code: 0, stderr: '' });
    expect(program.stdout).toContain('Usage: digitlab [options] [command]');
    const train = await runBin(['help', 'train']);
    expect(train).toMatchObject({ code: 0, stderr: '' });
    expect(train.stdout).toContain('Usage: digitlab train [options]');
    for (const args of [
      ['help', 'datasets'],
      ['datasets', 'help'],
    ]) {
      const datasets = await runBin(args);
      expect(datasets).toMatchObject({ code: 0, stderr: '' });
      expect(datasets.stdout).toContain('Usage: digitlab datasets [options] [command]');
    }
  });

  it('datasets alone lists the data sets, as datasets list does', async () => {
    const alone = await runBin(['datasets']);
    expect(alone).toMatchObject({ code: 0, stderr: '' });
    expect(alone.stdout).toBe((await runBin(['datasets', 'list'])).stdout);
    expect(alone.stdout).toMatch(/^fashion-mnist /m);
  });
});

describe('--json on the listing commands', () => {
  it('models lists the catalog', async () => {
    const document = JSON.parse((await runBin(['models', '--json'])).stdout);
    expect(document.models.map((entry: { name: string }) => entry.name)).toContain('lenet5');
  });

  it('lab --list lists the labs with their model, parameters, data, settings and seed figures', async () => {
    const listed = await runBin(['lab', '--list']);
    expect(listed.stdout.split('\n')[0]).toMatch(
      /^lab\s+model\s+params\s+data\s+optimizer\s+batch\s+epochs\s+seed figure$/,
    );
    expect(listed.stdout).toMatch(
      /^mlp-500-300\s+mlp\s+545,810\s+mnist, 70k pooled, 20% test\s+rmsprop\s+32\s+10\s+error 1\.38% \(seed 004\)$/m,
    );
    const document = JSON.parse((await runBin(['lab', '--list', '--json'])).stdout);
    expect(document.labs).toHaveLength(17);
    expect(document.labs.find((lab: { name: string }) => lab.name === 'fashion-lenet-leaky')).toMatchObject({
      model: 'lenet-leaky',
      params: 35_626,
      data: 'fashion-mnist, 70k pooled, 20% test',
      seedFigures: [{ metric: 'error', value: 0.1058, seed: '004_4437cab8ca6cfe18.txt', params: 35_626 }],
    });
    expect(document.labs.find((lab: { name: string }) => lab.name === 'mnist-two-conv-cnn')).toMatchObject({
      model: 'two-conv-cnn',
      optimizer: 'adam',
      epochs: 10,
      batchSize: 128,
      data: 'mnist, 60k/10k files, 30% val',
    });
    expect(listed.stdout).toMatch(
      /^tiny-cnn\s+tiny-cnn\s+5,899\s+mnist, 60k\/10k files, 20% val\s+rmsprop\s+512\s+75\s+accuracy 0\.9863 \(seed 003\)$/m,
    );
    expect(listed.stdout).toMatch(
      /^xor\s+xor-mlp\s+32\s+xor, 20% test, 3\.125% val\s+adam\s+32\s+200\s+accuracy 0\.9187 \(seed 001\)$/m,
    );
  });

  it('datasets list names the four data sets', async () => {
    const document = JSON.parse((await runBin(['datasets', 'list', '--json'])).stdout);
    expect(document.datasets.map((entry: { name: string }) => entry.name)).toEqual([
      'xor',
      'digits',
      'mnist',
      'fashion-mnist',
    ]);
  });

  it("datasets info digits gives scikit-learn's class counts", async () => {
    const document = JSON.parse((await runBin(['datasets', 'info', 'digits', '--json'])).stdout);
    const total = document.train.classCounts.map(
      (count: number, label: number) => count + document.test.classCounts[label],
    );
    // np.bincount(load_digits().target)
    expect(total).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
    expect(document.test.count).toBe(450);
  });

  it('a global flag may come before the command', async () => {
    const result = await runBin(['--json', 'models']);
    expect(JSON.parse(result.stdout).command).toBe('models');
  });

  it('--quiet keeps the results and drops the narration', async () => {
    const result = await runBin(['train', '--model', 'perceptron', '--epochs', '2', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^perceptron: test accuracy 0\.\d{4} \(\d+ of 450\), test loss \d\.\d{4}$/);
    expect(lines).toContain('Classification report (test set)');
    expect(lines.at(-1)).toMatch(/^Run folder: runs\/\d{8}-\d{6}-perceptron$/);
  });

  it('a one-epoch run says "1 epoch"', async () => {
    const result = await runBin(['train', '--model', 'perceptron', '--epochs', '1']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('perceptron on digits, adam, batch 32, 1 epoch, seed 42');
    expect(result.stderr).toMatch(/^Epoch 1\/1 - /m);
    expect(result.stdout).not.toContain('Epoch');
  });
});

describe('digitlab train --engine', () => {
  it('trains on tfjs ops or on the fused engine with the threads asked for, and says which', async () => {
    const cwd = temporaryFolder();
    const engines = [];
    for (const flags of [
      ['--engine', 'tfjs'],
      ['--engine', 'fused', '--threads', '2'],
    ]) {
      const result = await runBin(['train', '--model', 'perceptron', '--epochs', '2', ...flags], { cwd });
      expect(result.code).toBe(0);
      const folder = join(cwd, /^Run folder: (.+)$/m.exec(result.stdout)![1]!);
      const { engine, threads } = JSON.parse(readFileSync(join(folder, 'metrics.json'), 'utf8'));
      engines.push({ engine, threads });
      expect(result.stderr).toMatch(
        flags[1] === 'tfjs'
          ? /^Training perceptron on wasm: /m
          : /^Training perceptron on wasm \(fused engine, 2 threads\): /m,
      );
    }
    expect(engines).toEqual([
      { engine: 'tfjs', threads: 1 },
      { engine: 'fused', threads: 2 },
    ]);
  }, 120_000);
});

describe('a lab comparing optimizers', () => {
  it("writes seed 004's table: CPU time filled, GPU time not measured on wasm", async () => {
    const cwd = temporaryFolder();
    const result = await runBin(
      ['lab', 'mlp', '--dataset', 'fashion-mnist', '--epochs', '1', '--offline', '--json'],
      {
        cwd,
      },
    );
    expect(result.code, result.stderr.slice(-1000)).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.comparison.map((row: { name: string }) => row.name)).toEqual(['mlp-sgd', 'mlp-adam']);
    for (const row of document.comparison) {
      expect(row.cpuSeconds).toBeGreaterThan(0);
      expect(row.gpuSeconds).toBeNull();
    }
    const text = readFileSync(join(document.folder, 'comparison.txt'), 'utf8').split('\n');
    expect(text[0]).toMatch(
      /^Name\s+Trained parameters\s+Optimizer\s+CPU time\s+GPU time\s+Test accuracy\s+Test error$/,
    );
    expect(text[2]).toMatch(/^mlp-sgd\s+238,510\s+sgd\s+\d+\.\d s\s+not measured\s+\d+\.\d\d%\s+\d+\.\d\d%$/);
    expect(readFileSync(join(document.folder, 'report.html'), 'utf8')).toContain('<th>GPU time</th>');
  }, 180_000);
});

describe('digitlab compare', () => {
  it('trains each model and saves the comparison table', async () => {
    const cwd = temporaryFolder();
    const result = await runBin(
      ['compare', '--models', 'perceptron,one-stage-cnn', '--epochs', '2', '--json'],
      { cwd },
    );
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(
      document.comparison.map((row: { name: string; parameters: number }) => [row.name, row.parameters]),
    ).toEqual([
      ['perceptron', 650],
      ['one-stage-cnn', 510],
    ]);
    for (const row of document.comparison) expect(row.testError).toBeCloseTo(1 - row.testAccuracy, 12);
    const markdown = readFileSync(join(document.folder, 'comparison.md'), 'utf8');
    expect(markdown).toContain('| perceptron');
    for (const name of ['perceptron', 'one-stage-cnn']) {
      expect(JSON.parse(readFileSync(join(document.folder, name, 'metrics.json'), 'utf8')).model.name).toBe(
        name,
      );
    }
    expect(readFileSync(join(document.folder, 'report.html'), 'utf8')).toContain(
      '<a href="one-stage-cnn/report.html">',
    );
  }, 60_000);
});
