import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { removeTemporaryFolders, temporaryFolder } from '../../test-support/run-bin';
import { commandPid, runGuarded } from '../../test-support/run-guarded';

afterAll(removeTemporaryFolders);
// The test runs three comparisons in child processes: minutes on a loaded machine.
vi.setConfig({ testTimeout: 300_000 });

/** Waits until `condition` holds, checking every 50 ms, for at most `seconds`. */
async function waitFor(condition: () => boolean, seconds = 180): Promise<void> {
  for (const end = Date.now() + seconds * 1000; !condition(); await sleep(50)) {
    if (Date.now() > end) throw new Error('timed out waiting');
  }
}

const models = ['perceptron', 'one-stage-cnn'];
const compare = (out: string) => ['compare', '--models', models.join(','), '--epochs', '40', '--out', out];

describe('fault: a comparison killed part-way keeps its work', () => {
  it('a compare killed with -9 in its second run keeps the first and resumes the second to the uninterrupted weights', async () => {
    const cwd = temporaryFolder();
    const staging = join(cwd, '.killed.staging');
    let timeoutPid = 0;
    const running = runGuarded(compare('killed'), { cwd, onStart: (pid) => void (timeoutPid = pid) });
    // The first run finished, and the second has checkpointed at least one epoch.
    await waitFor(() => existsSync(join(staging, 'one-stage-cnn.checkpoint.json')));
    process.kill(commandPid(timeoutPid)!, 'SIGKILL');
    expect((await running).code).not.toBe(0);
    expect(readdirSync(staging)).toEqual(
      expect.arrayContaining(['run.json', 'perceptron.finished.json', 'one-stage-cnn.checkpoint.json']),
    );
    const again = await runGuarded(compare('killed'), { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /has an interrupted run kept in .*killed\.staging; resume it with `digitlab resume/,
    );

    const resumed = await runGuarded(['resume', 'killed', '--json'], { cwd });
    expect(resumed.stderr).toMatch(/Resuming the comparison killed \(2 runs\)/);
    expect(resumed.stderr).toMatch(/Run 1 of 2: perceptron, finished before/);
    expect(resumed.stderr).toMatch(/Run 2 of 2 \(resumed after [1-9]\d* of 40 epochs\)/);
    expect(resumed.code).toBe(0);
    expect(existsSync(staging)).toBe(false);
    const uninterrupted = await runGuarded(compare('full'), { cwd });
    expect(uninterrupted.code).toBe(0);

    const read = (run: string, file: string) => readFileSync(join(cwd, run, file));
    for (const model of models) {
      expect(
        read('killed', `${model}/model/weights.bin`).equals(read('full', `${model}/model/weights.bin`)),
      ).toBe(true);
      const history = (run: string) => JSON.parse(read(run, `${model}/history.json`).toString()).history;
      expect(history('killed')).toEqual(history('full'));
    }
    const accuracies = (run: string) =>
      JSON.parse(read(run, 'comparison.json').toString()).map(
        (row: { testAccuracy: number }) => row.testAccuracy,
      );
    expect(accuracies('killed')).toEqual(accuracies('full'));
    expect(JSON.parse(resumed.stdout)).toMatchObject({
      ok: true,
      command: 'resume',
      folder: join(cwd, 'killed'),
    });
  });
});
