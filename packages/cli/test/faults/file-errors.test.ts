import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFakeMnist } from '../../test-support/fake-mnist';
import { removeTemporaryFolders, temporaryFolder } from '../../test-support/run-bin';
import { type GuardedResult, runGuarded } from '../../test-support/run-guarded';

afterAll(removeTemporaryFolders);
// Each test runs the command several times in child processes: minutes on a loaded machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const secret = 'root:x:0:0:hunter2-secret';

let cwd: string;
beforeAll(async () => {
  cwd = temporaryFolder();
  expect((await runGuarded(['run', '--epochs', '1', '--out', 'model'], { cwd })).code).toBe(0);
  writeFileSync(join(cwd, 'secret.txt'), `${secret}\n`);
}, 120_000);

/** A typed failure: exit 1, the message names `file`, no stack, no "Unexpected error", no file content. */
function expectTyped(result: GuardedResult, name: string, file: RegExp): void {
  expect(result.code).toBe(1);
  const document = JSON.parse(result.stdout);
  expect(document).toMatchObject({ ok: false, error: { name } });
  expect(document.error.message).toMatch(file);
  expect(result.stderr).not.toMatch(/Unexpected error|\n\s+at /);
  expect(`${result.stdout}${result.stderr}`).not.toContain('hunter2');
}

describe('fault: every file problem is typed and names the file, never its content', () => {
  it('a folder, a missing file or a path through a file as predict input', async () => {
    mkdirSync(join(cwd, 'folder.png'));
    expectTyped(
      await runGuarded(['predict', 'model', 'folder.png', '--json'], { cwd }),
      'InputFileError',
      /folder\.png: it is not a regular file/,
    );
    expectTyped(
      await runGuarded(['predict', 'model', 'absent.png', '--json'], { cwd }),
      'InputFileError',
      /absent\.png: the file cannot be read.*ENOENT/,
    );
    expectTyped(
      await runGuarded(['predict', 'model', 'secret.txt/x.png', '--json'], { cwd }),
      'InputFileError',
      /ENOTDIR/,
    );
  });

  it('a symbolic-link model.json is refused like weights, and a damaged metrics.json is not quoted', async () => {
    const linked = join(cwd, 'linked');
    mkdirSync(linked);
    symlinkSync(join(cwd, 'secret.txt'), join(linked, 'model.json'));
    expectTyped(
      await runGuarded(['evaluate', 'linked', '--json'], { cwd }),
      'ModelFileError',
      /linked\/model\.json is a symbolic link/,
    );
    writeFileSync(join(cwd, 'model', 'metrics.json'), `{"dataset": ${secret}`);
    expectTyped(
      await runGuarded(['evaluate', 'model', '--json'], { cwd }),
      'FileError',
      /model\/metrics\.json is not valid JSON/,
    );
  });

  it('a label out of range names its labels file', async () => {
    const data = temporaryFolder();
    await writeFakeMnist(data, 'mnist');
    const labels = Buffer.alloc(8 + 200, 1);
    labels.writeUInt32BE(0x801, 0);
    labels.writeUInt32BE(200, 4);
    labels[8 + 17] = 12;
    const path = join(data, 'mnist', 'train-labels-idx1-ubyte.gz');
    writeFileSync(`${path}.new`, gzipSync(labels));
    renameSync(`${path}.new`, path);
    const result = await runGuarded(
      ['train', '--model', 'mlp', '--data-dir', join(data, 'mnist'), '--offline', '--json'],
      { cwd },
    );
    expectTyped(
      result,
      'LabelRangeError',
      /Labels in .*train-labels-idx1-ubyte\.gz must be integers in \[0, 10\).*Received: labels\[17\]=12/,
    );
  });
});
