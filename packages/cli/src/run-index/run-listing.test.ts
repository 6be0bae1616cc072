import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listRuns } from './run-listing';
import { runsTableRows } from './runs-table';

const root = mkdtempSync(join(tmpdir(), 'digitlab-run-listing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A run folder `digitlab lab xor` wrote before the engine was reported as data: metrics.json and
// history.json say `"engine": "fused x1"` and have no `threads`.
const oldRuns = new URL('../../test/fixtures/runs-before-engine-fields', import.meta.url).pathname;

describe('listRuns', () => {
  it("reads the engine of a folder written before the engine fields ('fused x1')", async () => {
    const [run] = await listRuns(oldRuns);
    expect(run).toMatchObject({ run: 'xor', backend: 'wasm', engine: { engine: 'fused', threads: 1 } });
    expect(runsTableRows([run!])[0]!.at(-1)).toBe('wasm, fused x1');
  });

  it('reads the engine fields of a new folder, and null where a run recorded no engine', async () => {
    for (const [name, fields] of [
      ['new', { engine: 'fused', threads: 2 }],
      ['ops', { engine: 'tfjs', threads: 1 }],
      ['none', {}],
    ] as const) {
      cpSync(join(oldRuns, 'xor'), join(root, name), { recursive: true });
      const file = join(root, name, 'metrics.json');
      const { engine: _engine, ...metrics } = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(file, JSON.stringify({ ...metrics, ...fields }));
    }
    const runs = await listRuns(root);
    expect(runs.map(({ run, engine }) => [run, engine])).toEqual([
      ['new', { engine: 'fused', threads: 2 }],
      ['none', null],
      ['ops', { engine: 'tfjs', threads: 1 }],
    ]);
    expect(runsTableRows(runs).map((row) => row.at(-1))).toEqual(['wasm, fused x2', 'wasm', 'wasm']);
  });
});
