import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeFakeMnist } from '../../test-support/fake-mnist';
import { removeTemporaryFolders, temporaryFolder } from '../../test-support/run-bin';
import { commandPid, runGuarded } from '../../test-support/run-guarded';

afterAll(removeTemporaryFolders);
// Each test runs the command several times in child processes: minutes on a loaded machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

/** Waits until `condition` holds, checking every 50 ms, for at most `seconds`. */
async function waitFor(condition: () => boolean, seconds = 180): Promise<void> {
  for (const end = Date.now() + seconds * 1000; !condition(); await sleep(50)) {
    if (Date.now() > end) throw new Error('timed out waiting');
  }
}

const weights = (folder: string) => readFileSync(join(folder, 'model', 'weights.bin'));

describe('fault: failures found late keep the work', () => {
  it('a run killed with -9 mid-training is refused a restart and resumes to the uninterrupted weights', async () => {
    const cwd = temporaryFolder();
    const staging = join(cwd, '.killed.staging');
    let timeoutPid = 0;
    const running = runGuarded(['run', '--epochs', '30', '--out', 'killed'], {
      cwd,
      onStart: (pid) => {
        timeoutPid = pid;
      },
    });
    await waitFor(() => existsSync(join(staging, 'checkpoint.json')));
    process.kill(commandPid(timeoutPid)!, 'SIGKILL');
    expect((await running).code).not.toBe(0);
    const again = await runGuarded(['run', '--epochs', '30', '--out', 'killed'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /has an interrupted run kept in .*killed\.staging; resume it with `digitlab resume/,
    );
    const resumed = await runGuarded(['resume', 'killed'], { cwd });
    expect(resumed.stderr).toMatch(/Resuming killed after \d+ of 30 epochs/);
    expect(resumed.code).toBe(0);
    expect(existsSync(staging)).toBe(false);
    const uninterrupted = await runGuarded(['run', '--epochs', '30', '--out', 'full'], { cwd });
    expect(uninterrupted.code).toBe(0);
    expect(weights(join(cwd, 'killed')).equals(weights(join(cwd, 'full')))).toBe(true);
    const history = (name: string) =>
      JSON.parse(readFileSync(join(cwd, name, 'history.json'), 'utf8')).history;
    expect(history('killed')).toEqual(history('full'));
  });

  it('a second run on a live run folder is refused at once; SIGTERM exits 143 saying what was kept', async () => {
    const cwd = temporaryFolder();
    let timeoutPid = 0;
    const running = runGuarded(['run', '--epochs', '2000', '--out', 'busy'], {
      cwd,
      onStart: (pid) => {
        timeoutPid = pid;
      },
    });
    await waitFor(() => existsSync(join(cwd, '.busy.staging', 'checkpoint.json')));
    const second = await runGuarded(['run', '--out', 'busy'], { cwd });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /Another digitlab run \(pid \d+\) is writing .*busy; wait for it or choose another --out/,
    );
    process.kill(commandPid(timeoutPid)!, 'SIGTERM');
    const stopped = await running;
    expect(stopped.code).toBe(143);
    expect(stopped.stderr).toMatch(
      /Stopped by SIGTERM; kept \d+ completed epoch\(s\) in \.busy\.staging\. Finish the run with: digitlab resume busy/,
    );
    expect(readdirSync(join(cwd, '.busy.staging')).sort()).toEqual(['checkpoint.json', 'run.json']);
  });

  it('a full disk at the final write keeps the trained model, says where, and resume writes the folder', async () => {
    const cwd = temporaryFolder();
    const full = await runGuarded(['run', '--epochs', '2', '--out', 'disk'], {
      cwd,
      fault: 'ENOSPC:report.html',
    });
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/cannot be written: the disk is full/);
    expect(full.stderr).toMatch(/kept the 2 epoch\(s\) done in \.disk\.staging; .*digitlab resume disk/);
    expect(existsSync(join(cwd, 'disk'))).toBe(false);
    expect(readdirSync(cwd).filter((name) => name.includes('partial'))).toEqual([]);
    const resumed = await runGuarded(['resume', 'disk'], { cwd });
    expect(resumed.code).toBe(0);
    expect(existsSync(join(cwd, 'disk', 'report.html'))).toBe(true);
  });

  it('an output folder that cannot be created is a usage error before any data loads', async () => {
    const cwd = temporaryFolder();
    writeFileSync(join(cwd, 'blocker'), '');
    const notFolder = await runGuarded(['train', '--model', 'lenet5', '--out', 'blocker/run'], { cwd });
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toMatch(/Cannot create .*blocker \((EEXIST|ENOTDIR)\); choose a writable --out/);
    expect(notFolder.stderr).not.toMatch(/Training|MNIST/);
    const denied = await runGuarded(['run', '--out', 'denied/run'], { cwd, fault: 'EACCES:denied' });
    expect(denied.code).toBe(2);
    expect(denied.stderr).toMatch(/Cannot create .*denied \(EACCES\)/);
  });

  it('a validation split that leaves no samples is a usage error found before the folder is claimed, or once the data load', async () => {
    const cwd = temporaryFolder();
    /** What the runs left in the working folder, beyond the download cache. */
    const left = () => readdirSync(cwd).filter((name) => name !== '.cache');
    const planned = await runGuarded(
      ['train', '--model', 'lenet5', '--validation-split', '0.99999', '--out', 'planned'],
      { cwd },
    );
    expect(planned.code).toBe(2);
    expect(planned.stderr).toMatch(
      /--validation-split 0\.99999 of the 60000 mnist samples trained on leaves 0 to train and 60000 to validate; choose a fraction that leaves both, such as 0\.1\. Received: --validation-split 0\.99999$/m,
    );
    // Found from the catalog's counts: no backend started, nothing loaded or claimed.
    expect(planned.stderr).not.toMatch(/Backend|Data:/);
    const compared = await runGuarded(
      ['compare', '--models', 'perceptron,one-stage-cnn', '--validation-split', '0.9999'],
      { cwd },
    );
    expect(compared.code).toBe(2);
    expect(compared.stderr).toMatch(
      /of the 1347 digits samples trained on leaves 0 to train and 1347 to validate/,
    );
    expect(left()).toEqual([]);
    // Files from --data-dir may hold fewer samples than the catalog's 60,000: fit finds it once they load,
    // and the claimed folder and its lock are released.
    const data = temporaryFolder();
    await writeFakeMnist(data, 'mnist');
    const loaded = await runGuarded(
      [
        'train',
        '--model',
        'mlp',
        '--data-dir',
        join(data, 'mnist'),
        '--offline',
        '--validation-split',
        '0.999',
        '--out',
        'loaded',
      ],
      { cwd },
    );
    expect(loaded.code).toBe(2);
    expect(loaded.stderr).toMatch(
      /--validation-split 0\.999 leaves no training or no validation samples of the data loaded; choose a fraction that leaves both, such as 0\.1\. Received: --validation-split 0\.999$/m,
    );
    expect(loaded.stderr).toMatch(/Data: mnist/);
    expect(left()).toEqual([]);
  });
});
