import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import asc from 'assemblyscript/asc';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A step that counts its runs per thread in the shared memory, before the barrier at plan + 4 * thread and
// after it at plan + 8 + 4 * thread; a thread whose word at plan + 16 + 4 * thread is set traps instead. The
// barrier counts arrivals at plan + 32 and gives up when the abort word (plan + 36) is set, as the
// kernels' step does.
const source = `
export function step(plan: usize, thread: i32): void {
  if (load<i32>(plan + 16 + (<usize>thread << 2)) != 0) unreachable();
  atomic.add<i32>(plan + (<usize>thread << 2), 1);
  atomic.add<i32>(plan + 32, 1);
  while (atomic.load<i32>(plan + 32) < 2) {
    if (atomic.load<i32>(plan + 36) != 0) return;
  }
  atomic.add<i32>(plan + 8 + (<usize>thread << 2), 1);
}
`;

const folder = mkdtempSync(join(tmpdir(), 'trainer-thread-team-'));
const wasm = join(folder, 'counting.wasm');
const driver = join(folder, 'driver.mjs');

beforeAll(async () => {
  const { binary, stderr } = await asc.compileString(source, {
    runtime: 'stub',
    importMemory: true,
    sharedMemory: true,
    initialMemory: 1,
    maximumMemory: 1,
    enable: ['threads'],
  });
  if (binary === null) throw new Error(String(stderr));
  writeFileSync(wasm, binary);
  await build({
    entryPoints: [new URL('../../test-support/thread-team-driver.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: driver,
    logLevel: 'silent',
  });
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `scenario` of the driver in its own process, killed after 60 s: a hung team fails, not the suite. */
function runScenario(scenario: string): { stages: number[][]; error?: string; peakRssMb: number } {
  try {
    const output = execFileSync('timeout', ['-s', 'KILL', '60', process.execPath, driver, wasm, scenario], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(output.trim().split('\n').at(-1)!);
  } catch (error) {
    const { status, signal, stderr } = error as {
      status?: number | null;
      signal?: string | null;
      stderr?: string;
    };
    const hung = signal === 'SIGKILL' || status === 124 || status === 137;
    throw new Error(
      `the ${scenario} scenario ended with ${status ?? signal}${hung ? ' (killed after 60 s: the team hung)' : ''}: ${stderr}`,
    );
  }
}

describe('the fused engine thread team (in a child process under a 60 s kill)', () => {
  it('runs the step once per thread, each thread past the barrier', () => {
    const { stages, peakRssMb } = runScenario('once');
    expect(stages).toEqual([[2, 2, 2, 2]]);
    expect(peakRssMb).toBeLessThan(256);
  }, 90_000);

  // Atomics.wait can return 'ok' with nothing new to run (seen on Node 20 about once in a few thousand
  // training steps); a worker that then ran the last step again updated its share of the weights twice,
  // racing the next step. A notify with no new generation is exactly that wake-up.
  it('runs nothing when its worker wakes without a new step', () => {
    const { stages, peakRssMb } = runScenario('spurious');
    expect(stages).toEqual([
      [1, 1, 1, 1],
      [2, 2, 2, 2],
    ]);
    expect(peakRssMb).toBeLessThan(256);
  }, 90_000);

  // A thread that traps never reaches the barrier: without the abort word the other would wait there for
  // ever (the process would be killed and the test fail as hung).
  it('lets thread 0 leave the barrier when a worker traps, then reports the worker', () => {
    const { stages, error } = runScenario('worker-traps');
    expect(stages).toEqual([[1, 0, 0, 0]]);
    expect(error).toMatch(/^FusedEngineError: .*a worker thread failed in a training step/);
  }, 90_000);

  it('lets the workers leave the barrier when thread 0 traps, then rethrows its error', () => {
    const { stages, error } = runScenario('main-traps');
    expect(stages).toEqual([[0, 1, 0, 0]]);
    expect(error).toMatch(/^RuntimeError: unreachable/);
  }, 90_000);
});
