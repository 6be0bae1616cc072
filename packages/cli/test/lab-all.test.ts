import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, removeTemporaryFolders, temporaryFolder } from '../test-support/run-bin';
import { xorOptimum } from '../test-support/xor-optimum';

afterAll(removeTemporaryFolders);

// What CI runs: the labs that train in seconds, in a child process killed after 240 s whatever happens,
// its peak memory measured by GNU time.
describe('digitlab lab all --fast', () => {
  it('runs the fast labs, each reaching its seed figure, and writes one summary', async () => {
    const cwd = temporaryFolder();
    const out = join(cwd, 'all');
    const run = spawnSync(
      'timeout',
      [
        '-s',
        'KILL',
        '240',
        '/usr/bin/time',
        '-f',
        'maxrss-kb=%M',
        process.execPath,
        binPath,
        'lab',
        'all',
        '--fast',
        '--json',
        '--out',
        out,
      ],
      {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(cwd, '.cache'), DIGITLAB_DATA_DIR: '' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const maxRss = Number(/maxrss-kb=(\d+)/.exec(run.stderr)?.[1]);
    expect(maxRss).toBeLessThan(1024 * 1024);
    const document = JSON.parse(run.stdout);
    expect(document).toMatchObject({ ok: true, command: 'lab', folder: out, skipped: [] });
    const rows = document.rows as {
      lab: string;
      accuracy: number;
      paramsEqual: boolean;
      seedFigure: string;
    }[];
    expect(rows.map((row) => row.lab)).toEqual(['xor', 'digits-perceptron', 'digits-cnn', 'digits-cnn-64']);
    for (const row of rows) expect(row.paramsEqual, row.lab).toBe(true);
    const accuracy = Object.fromEntries(rows.map((row) => [row.lab, row.accuracy]));
    // Seeds 000 and 001: 0.9067 (perceptron), 0.9133 (5 filters), 0.9844 (64 filters; 0.979 the floor set).
    expect(accuracy['digits-perceptron']).toBeGreaterThanOrEqual(0.9067);
    expect(accuracy['digits-cnn']).toBeGreaterThanOrEqual(0.9133);
    expect(accuracy['digits-cnn-64']).toBeGreaterThanOrEqual(0.979);
    // Seed 001's 0.91875 is its own draw of noisy points: the best boundary is right with probability
    // (1 - p)^2 + p^2 = 0.909 on average (p = 1 - Φ(0.5 / 0.3)), 0.869 on the lab's 160 test points. With
    // the seed's recipe the lab comes within one standard error of that optimum (lab-xor.test.ts).
    const optimum = await xorOptimum();
    expect(accuracy.xor).toBeGreaterThanOrEqual(optimum.accuracy - optimum.standardError);
    for (const file of ['summary.json', 'summary.md', 'summary.txt'])
      expect(existsSync(join(out, file))).toBe(true);
    const text = readFileSync(join(out, 'summary.txt'), 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^lab\s+seed figure\s+this run\s+params equal\s+data used\s+engine\s+time$/,
    );
    expect(text).toMatch(
      /^digits-cnn-64\s+accuracy 0\.9844 \(000\)\s+accuracy 0\.9\d{3}\s+yes \(6,410\)\s+digits: 1,010 train, 337 validation, 450 test \(random split\)/m,
    );
    expect(existsSync(join(out, 'digits-cnn-64', 'report.html'))).toBe(true);
  }, 260_000);
});
