import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeTemporaryFolders, temporaryFolder } from '../../test-support/run-bin';
import { runGuarded } from '../../test-support/run-guarded';

afterAll(removeTemporaryFolders);
// Each test runs the command several times in child processes: minutes on a loaded machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

let cwd: string;
beforeAll(async () => {
  cwd = temporaryFolder();
  expect((await runGuarded(['run', '--epochs', '1', '--out', 'model'], { cwd })).code).toBe(0);
  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(255);
  writeFileSync(join(cwd, 'digit.png'), PNG.sync.write(png));
}, 120_000);

describe('fault: non-finite numbers are errors, never "ok"', () => {
  it('a diverging run stops at the first NaN loss and still writes its folder with the epochs done and the diagnosis', async () => {
    const result = await runGuarded(
      ['run', '--learning-rate', '1e30', '--optimizer', 'sgd', '--epochs', '5', '--out', 'nan', '--json'],
      { cwd },
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { name: 'RunKeptError' } });
    expect(result.stderr).toMatch(
      /Training stopped: the loss is no longer finite .*; kept the 0 epoch\(s\) done in nan; its model\/ holds its initial weights, .*see diagnosis\.json there/,
    );
    const diagnosis = JSON.parse(readFileSync(join(cwd, 'nan', 'diagnosis.json'), 'utf8'));
    expect(diagnosis).toMatchObject({
      error: 'NonFiniteLossError',
      epoch: 1,
      loss: 'NaN',
      model: { weightsAfterEpoch: 0, note: 'the initial weights: no epoch finished with a finite loss' },
    });
    // Its model is the initial one, which evaluate loads rather than failing on a folder without model/.
    const evaluated = await runGuarded(['evaluate', 'nan'], { cwd });
    expect(evaluated.code).toBe(0);
    expect(evaluated.stderr).toMatch(
      /This run diverged: its model holds its initial weights \(no epoch finished\)/,
    );
    expect(JSON.parse(readFileSync(join(cwd, 'nan', 'history.json'), 'utf8'))).toMatchObject({
      stopReason: 'non-finite loss',
    });
  });

  it('a diverged run keeps the model of its last finite epoch, which evaluate loads and says so', async () => {
    const dir = temporaryFolder();
    // Two finite epochs kept in the staging folder (the final write fails), then a copy of it resumed as is
    // and the original resumed with a learning rate that diverges at once: its model must be epoch 2's.
    const kept = await runGuarded(['run', '--epochs', '2', '--optimizer', 'sgd', '--out', 'late'], {
      cwd: dir,
      fault: 'ENOSPC:report.html',
    });
    expect(kept.code).toBe(1);
    cpSync(join(dir, '.late.staging'), join(dir, '.finite.staging'), { recursive: true });
    const record = JSON.parse(readFileSync(join(dir, '.late.staging', 'run.json'), 'utf8'));
    record.recipe = { ...record.recipe, epochs: 4, learningRate: 1e30 };
    writeFileSync(join(dir, '.late.staging', 'run.json'), JSON.stringify(record));
    const diverged = await runGuarded(['resume', 'late'], { cwd: dir });
    expect(diverged.code).toBe(1);
    expect(diverged.stderr).toMatch(
      /Training stopped: the loss is no longer finite .*; kept the 2 epoch\(s\) done in late; its model\/ holds the weights of epoch 2, the last finite ones, for evaluate and predict/,
    );
    const diagnosis = JSON.parse(readFileSync(join(dir, 'late', 'diagnosis.json'), 'utf8'));
    expect(diagnosis).toMatchObject({
      epoch: 3,
      epochsKept: 2,
      model: { folder: 'model', weightsAfterEpoch: 2 },
    });
    expect((await runGuarded(['resume', 'finite'], { cwd: dir })).code).toBe(0);
    const weights = (run: string) => readFileSync(join(dir, run, 'model', 'weights.bin'));
    expect(weights('late').equals(weights('finite'))).toBe(true);

    const evaluated = await runGuarded(['evaluate', 'late', '--json'], { cwd: dir });
    expect(evaluated.code).toBe(0);
    expect(evaluated.stderr).toMatch(
      /This run diverged: its model holds the weights after epoch 2, the last with a finite loss/,
    );
    const finite = await runGuarded(['evaluate', 'finite', '--json'], { cwd: dir });
    const report = (text: string) =>
      JSON.parse(text) as { accuracy: number; samples: number; dataset: string };
    expect(report(evaluated.stdout)).toMatchObject({ ok: true, divergedWeightsEpoch: 2, dataset: 'digits' });
    // The same weights on the same test set (the run's own seed and split, read from its run.json).
    expect(report(evaluated.stdout).accuracy).toBe(report(finite.stdout).accuracy);
    expect(report(evaluated.stdout).samples).toBe(450);
  });

  it('predict and evaluate with diverged (NaN) weights fail instead of printing "ok": true', async () => {
    const weights = join(cwd, 'model', 'model', 'weights.bin');
    const nan = new Float32Array(readFileSync(weights).length / 4).fill(Number.NaN);
    writeFileSync(weights, new Uint8Array(nan.buffer));
    const predicted = await runGuarded(['predict', 'model', 'digit.png', '--json'], { cwd });
    expect(predicted.code).toBe(1);
    expect(JSON.parse(predicted.stdout)).toMatchObject({
      ok: false,
      error: { name: 'NonFiniteOutputError' },
    });
    expect(predicted.stderr).toMatch(
      /predict: the model's output of sample 0 is not finite.*Received: output of sample 0=NaN/,
    );
    const evaluated = await runGuarded(['evaluate', 'model'], { cwd });
    expect(evaluated.code).toBe(1);
    expect(evaluated.stderr).toMatch(/evaluate: the model's loss is not finite/);
  });
});
