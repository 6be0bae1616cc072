import { readFileSync, writeFileSync } from 'node:fs';
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
      /Training stopped: the loss is no longer finite .*; kept the 0 epoch\(s\) done in nan; see diagnosis\.json there/,
    );
    const diagnosis = JSON.parse(readFileSync(join(cwd, 'nan', 'diagnosis.json'), 'utf8'));
    expect(diagnosis).toMatchObject({ error: 'NonFiniteLossError', epoch: 1, loss: 'NaN' });
    expect(JSON.parse(readFileSync(join(cwd, 'nan', 'history.json'), 'utf8'))).toMatchObject({
      stopReason: 'non-finite loss',
    });
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
