import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const appDir = fileURLToPath(new URL('../..', import.meta.url));
const shims = fileURLToPath(new URL('./guide-shims/', import.meta.url));

/** What a guide's code did: a planned `fit`, or a test-set evaluation or prediction. */
export type GuideRecord =
  | {
      readonly kind: 'fit';
      readonly dataset: string;
      readonly model: string;
      readonly parameters: number;
      readonly train: number;
      readonly validation: number;
      readonly epochs: number;
      readonly batchSize: number;
      readonly optimizer: string;
      readonly learningRate: number | null;
      readonly seed: number | null;
    }
  | { readonly kind: 'test'; readonly samples: number };

/**
 * Runs one ```ts block of a guide as the reader would, in a child Node process killed after
 * `seconds`, with `@digitlab/trainer` and `@digitlab/datasets` swapped for recording shims (see
 * guide-shims/). The module is written under node_modules so it resolves the docs' packages; it runs in
 * an empty temporary folder, so files it saves go nowhere.
 */
export function runGuideCode(code: string, seconds = 120): { records: GuideRecord[]; output: string } {
  const javascript = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const shimmed = javascript.replace(
    /from '@digitlab\/(trainer|datasets)'/g,
    (_, name: string) => `from '${join(shims, `${name}.mjs`)}'`,
  );
  const runs = join(appDir, 'node_modules', '.guide-runs');
  mkdirSync(runs, { recursive: true });
  const folder = mkdtempSync(join(runs, 'guide-'));
  const cwd = mkdtempSync(join(tmpdir(), 'digitlab-guide-'));
  try {
    const script = join(folder, 'guide.mjs');
    const recordFile = join(folder, 'records.jsonl');
    writeFileSync(script, shimmed);
    writeFileSync(recordFile, '');
    const child = spawnSync('timeout', ['-s', 'KILL', String(seconds), process.execPath, script], {
      cwd,
      env: { ...process.env, GUIDE_RECORD: recordFile, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${child.stdout}${child.stderr}`;
    if (child.status !== 0)
      throw new Error(`The guide's code exited with ${child.status ?? child.signal}:\n${output}`);
    const lines = readFileSync(recordFile, 'utf8').split('\n').filter(Boolean);
    return { records: lines.map((line) => JSON.parse(line) as GuideRecord), output };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true });
  }
}
