import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFakeMnist } from '../../test-support/fake-mnist';
import { removeTemporaryFolders, temporaryFolder } from '../../test-support/run-bin';
import { type GuardedResult, runGuarded } from '../../test-support/run-guarded';

afterAll(removeTemporaryFolders);
// Each test runs the command several times in child processes: minutes on a loaded machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

/** An IDX header (unsigned bytes) declaring `shape`, as a lying file starts. */
function idxHeader(shape: readonly number[]): Buffer {
  const bytes = Buffer.alloc(4 + 4 * shape.length);
  bytes[2] = 0x08;
  bytes[3] = shape.length;
  for (const [axis, dim] of shape.entries()) bytes.writeUInt32BE(dim, 4 + 4 * axis);
  return bytes;
}

/** A PNG signature and IHDR chunk declaring a `width` x `height` greyscale image, and nothing after. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    length,
    Buffer.from('IHDR'),
    ihdr,
    Buffer.alloc(4),
  ]);
}

let cwd: string;
/** Peak memory of the same commands refusing an input that costs nothing: a missing file. */
const baselines: Record<'train' | 'predict', number> = { train: 0, predict: 0 };
const peaks: Record<string, number> = {};

beforeAll(async () => {
  cwd = temporaryFolder();
  const trained = await runGuarded(['run', '--epochs', '1', '--out', 'model'], { cwd });
  expect(trained.code).toBe(0);
  const empty = temporaryFolder();
  const train = await runGuarded(['train', '--model', 'mlp', '--data-dir', empty, '--offline'], { cwd });
  const predict = await runGuarded(['predict', 'model', 'missing.png'], { cwd });
  expect([train.code, predict.code]).toEqual([1, 1]);
  baselines.train = train.peakMb!;
  baselines.predict = predict.peakMb!;
}, 120_000);

afterAll(() => {
  // The figures for the issue note: peak resident memory of each refusal and of the baselines.
  console.info(JSON.stringify({ baselinesMb: baselines, refusalsMb: peaks }));
});

/** Each refusal is typed, and its peak memory stays within 32 MB of its command's baseline. */
function expectCheapRefusal(
  name: string,
  command: 'train' | 'predict',
  result: GuardedResult,
  message: RegExp,
): void {
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/Unexpected error|\n\s+at /);
  peaks[name] = Math.round(result.peakMb!);
  expect(result.peakMb!).toBeLessThan(baselines[command] + 32);
}

describe('fault: small inputs cannot ask for unbounded memory or time', () => {
  it('a gzip bomb behind a modest IDX header stops at the declared size', async () => {
    const data = temporaryFolder();
    await writeFakeMnist(data, 'mnist');
    const bomb = gzipSync(Buffer.concat([idxHeader([10, 28, 28]), Buffer.alloc(256 << 20)]), { level: 1 });
    writeFileSync(join(data, 'mnist', 'train-images-idx3-ubyte.gz'), bomb);
    const result = await runGuarded(
      ['train', '--model', 'mlp', '--data-dir', join(data, 'mnist'), '--offline'],
      { cwd },
    );
    expectCheapRefusal(
      'gzip bomb (256 MiB from 255 KB)',
      'train',
      result,
      /train-images-idx3-ubyte\.gz: expected 7856 bytes .*Received: more than 7856 bytes/,
    );
  });

  it('an IDX header declaring 300,000 tiny images in a few hundred bytes is refused on its header', async () => {
    const data = temporaryFolder();
    await writeFakeMnist(data, 'mnist');
    const folder = join(data, 'mnist');
    writeFileSync(
      join(folder, 'train-images-idx3-ubyte.gz'),
      gzipSync(Buffer.concat([idxHeader([300_000, 1, 1]), Buffer.alloc(300_000)])),
    );
    writeFileSync(
      join(folder, 'train-labels-idx1-ubyte.gz'),
      gzipSync(Buffer.concat([idxHeader([300_000]), Buffer.alloc(300_000)])),
    );
    expect(readFileSync(join(folder, 'train-images-idx3-ubyte.gz')).length).toBeLessThan(400);
    const result = await runGuarded(['train', '--model', 'mlp', '--data-dir', folder, '--offline'], { cwd });
    expectCheapRefusal(
      'IDX of 300,000 1x1 images',
      'train',
      result,
      /expected samples of shape \[28, 28\].*Received: shape \[300000, 1, 1\]/,
    );
  });

  it('a PNG declaring 100000x100000 pixels is refused before decoding', async () => {
    writeFileSync(join(cwd, 'huge.png'), pngHeader(100_000, 100_000));
    const result = await runGuarded(['predict', 'model', 'huge.png'], { cwd });
    expectCheapRefusal(
      'PNG of 100000x100000',
      'predict',
      result,
      /more than the limit of 16777216 pixels; pass a larger --max-pixels.*Received: 100000x100000 pixels/,
    );
  });

  it('a FIFO as input is refused at once instead of blocking forever', async () => {
    execFileSync('mkfifo', [join(cwd, 'fifo.png')]);
    const result = await runGuarded(['predict', 'model', 'fifo.png'], { cwd, limit: 30 });
    expectCheapRefusal('FIFO input', 'predict', result, /not a regular file/);
    expect(result.seconds).toBeLessThan(20);
  });

  it('an input or model.json over its limit is refused naming the flag that raises it, and the flag raises it', async () => {
    writeFileSync(join(cwd, 'digit.png'), pngHeader(8, 8));
    // An IDX file of 40,000 8x8 images: 2.5 MB raw, a few kB gzipped; a limit of 1 MiB holds neither the raw
    // file nor the gzipped one inflated.
    writeFileSync(
      join(cwd, 'big.idx'),
      Buffer.concat([idxHeader([40_000, 8, 8]), Buffer.alloc(40_000 * 64)]),
    );
    const raw = await runGuarded(['predict', 'model', 'big.idx', '--max-input-mib', '1'], { cwd });
    expectCheapRefusal(
      'input over --max-input-mib',
      'predict',
      raw,
      /The file .*big\.idx is larger than the limit of 1 MiB; if it is genuine, pass a larger --max-input-mib\. Received: 2560016 bytes$/m,
    );
    writeFileSync(join(cwd, 'big.idx.gz'), gzipSync(readFileSync(join(cwd, 'big.idx'))));
    const inflated = await runGuarded(['predict', 'model', 'big.idx.gz', '--max-input-mib', '1'], { cwd });
    expectCheapRefusal(
      'gzipped input inflating past --max-input-mib',
      'predict',
      inflated,
      /big\.idx\.gz is larger than the limit of 1 MiB; if it is genuine, pass a larger --max-input-mib\. Received: /,
    );
    const raised = await runGuarded(['predict', 'model', 'big.idx.gz', '--max-input-mib', '4', '--json'], {
      cwd,
    });
    expect(raised.code).toBe(0);
    expect(JSON.parse(raised.stdout)).toMatchObject({ ok: true, format: 'idx', count: 40_000 });

    // A model.json padded past 16 MiB in its free-form metadata: valid, but over the default limit.
    cpSync(join(cwd, 'model'), join(cwd, 'padded'), { recursive: true });
    const file = join(cwd, 'padded', 'model', 'model.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.userDefinedMetadata.padding = ' '.repeat(17 * 2 ** 20);
    writeFileSync(file, JSON.stringify(json));
    const size = statSync(file).size;
    for (const command of [
      ['predict', 'padded', 'digit.png'],
      ['evaluate', 'padded'],
    ]) {
      const refused = await runGuarded(command, { cwd });
      expectCheapRefusal(
        `model.json over --max-model-json-mib (${command[0]})`,
        'predict',
        refused,
        new RegExp(
          `model\\.json is larger than the limit of 16 MiB; if it is genuine, pass a larger --max-model-json-mib\\. Received: ${size} bytes$`,
          'm',
        ),
      );
    }
    const loaded = await runGuarded(
      ['predict', 'padded', 'big.idx.gz', '--max-input-mib', '4', '--max-model-json-mib', '32'],
      { cwd },
    );
    expect(loaded.code).toBe(0);
  });

  it('a model.json whose topology is far larger than its weights is refused before any layer allocates', async () => {
    const json = JSON.parse(readFileSync(join(cwd, 'model', 'model', 'model.json'), 'utf8'));
    const layers = json.modelTopology.model_config?.config.layers ?? json.modelTopology.config.layers;
    const dense = layers.find((layer: { class_name: string }) => layer.class_name === 'Dense');
    dense.config.units = 500_000_000;
    writeFileSync(join(cwd, 'model', 'model', 'model.json'), JSON.stringify(json));
    writeFileSync(join(cwd, 'digit.png'), pngHeader(8, 8));
    const result = await runGuarded(['predict', 'model', 'digit.png'], { cwd });
    expectCheapRefusal(
      'topology of 500M units',
      'predict',
      result,
      /must have the shape \[\d+,500000000\] that the topology gives it/,
    );
  });
});
