import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { removeTemporaryFolders, temporaryFolder } from '../../test-support/run-bin';
import { commandPid, runGuarded } from '../../test-support/run-guarded';

afterAll(removeTemporaryFolders);
// Each test runs the command several times in child processes: minutes on a loaded machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

/** An interrupted run's staging folder: a long run stopped with SIGINT once its first checkpoint is saved. */
async function interruptedRun(cwd: string): Promise<string> {
  const staging = join(cwd, '.run.staging');
  let timeoutPid = 0;
  const running = runGuarded(['run', '--epochs', '2000', '--out', 'run'], {
    cwd,
    onStart: (pid) => void (timeoutPid = pid),
  });
  for (let i = 0; i < 3600 && !existsSync(join(staging, 'checkpoint.json')); i++) await sleep(50);
  process.kill(commandPid(timeoutPid)!, 'SIGINT');
  const stopped = await running;
  expect(stopped.code).toBe(130);
  return staging;
}

describe('fault: checkpoints are validated, and a failed save leaves nothing behind', () => {
  it('a checkpoint with epoch -3 or a missing field is refused with a CheckpointError naming the field', async () => {
    const cwd = temporaryFolder();
    const staging = await interruptedRun(cwd);
    const path = join(staging, 'checkpoint.json');
    const good = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...good, epoch: -3 }));
    const negative = await runGuarded(['resume', 'run', '--json'], { cwd });
    expect(negative.code).toBe(1);
    expect(JSON.parse(negative.stdout)).toMatchObject({ ok: false, error: { name: 'CheckpointError' } });
    expect(negative.stderr).toMatch(
      /checkpoint\.json has an invalid `epoch` \(expected an integer in \[0, 1000000\]\).*Received: epoch=-3/,
    );
    const { history: _, ...withoutHistory } = good;
    writeFileSync(path, JSON.stringify(withoutHistory));
    const missing = await runGuarded(['resume', 'run'], { cwd });
    expect(missing.stderr).toMatch(/has an invalid `history`/);
    expect(missing.stderr).not.toMatch(/TypeError|RangeError|Unexpected error/);
    // The refused checkpoint is kept for another try, and the run can still be discarded by hand.
    expect(readdirSync(staging).sort()).toEqual(['checkpoint.json', 'run.json']);
  });

  it('a checkpoint save that fails (full disk) removes its temporary file and says so', async () => {
    const cwd = temporaryFolder();
    const result = await runGuarded(['run', '--epochs', '3', '--out', 'full'], {
      cwd,
      fault: 'ENOSPC:checkpoint.json:rename',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Checkpoint .*checkpoint\.json could not be written; free some space .*Received: ENOSPC/,
    );
    expect(readdirSync(cwd).filter((name) => name !== '.cache')).toEqual([]);
  });
});
