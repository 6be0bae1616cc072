import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseRunFolder, timestamp } from './run-folder-path';

describe('run folder names', () => {
  const date = new Date(2026, 0, 2, 3, 4, 5);

  it('are runs/<local date-time>-<name>, made unique with a suffix', async () => {
    expect(timestamp(date)).toBe('20260102-030405');
    const cwd = mkdtempSync(join(tmpdir(), 'run-folder-'));
    const first = await chooseRunFolder({ cwd, name: 'lenet5', date });
    expect(first).toBe(join(cwd, 'runs', '20260102-030405-lenet5'));
    mkdirSync(first, { recursive: true });
    expect(await chooseRunFolder({ cwd, name: 'lenet5', date })).toBe(`${first}-2`);
  });

  it('take --out as it is, relative to the working folder', async () => {
    expect(await chooseRunFolder({ cwd: '/work', name: 'x', date, out: 'results/a' })).toBe(
      '/work/results/a',
    );
  });
});
