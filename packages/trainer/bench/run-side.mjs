// Runs one side of the training benchmark in its own process (a fresh process per figure, for digitlab as
// for PyTorch) and returns its JSON line with the machine's load before and after it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const here = (file) => new URL(file, import.meta.url).pathname;
/** A whole epoch should take seconds; a side stuck for this long is killed and reported as failed. */
const timeoutMs = 300_000;

/** The 1, 5 and 15 minute load averages from /proc/loadavg (undefined where there is none). */
export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return undefined;
  }
}

/**
 * CPU time (jiffies) from /proc/stat's first line: `steal`, what the hypervisor gave other guests while this
 * one wanted the CPU, and `total`. Undefined where there is no /proc/stat.
 */
export function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { steal: fields[7] ?? 0, total: fields.reduce((sum, value) => sum + value, 0) };
  } catch {
    return undefined;
  }
}

/** Percent of the machine's CPU time stolen by the hypervisor between two `cpuTimes()` readings. */
function stealPercent(before, after) {
  if (before === undefined || after === undefined || after.total <= before.total) return undefined;
  return Number(((100 * (after.steal - before.steal)) / (after.total - before.total)).toFixed(1));
}

/** The command that runs `script` on Node `node`: 'current' is this process's Node, else `npx -y node@<node>`. */
export function nodeCommand(node, script) {
  return node === 'current' ? [process.execPath, [script]] : ['npx', ['-y', `node@${node}`, script]];
}

function commandFor(side) {
  if (side.kind === 'pytorch') {
    // OpenBLAS's pthread build runs its own pool beside PyTorch's OpenMP threads (it reads OMP_NUM_THREADS
    // when OPENBLAS_NUM_THREADS is unset): 2 of each on 2 cores can take several times as long as 1 BLAS
    // thread, so both are measured.
    const env = {
      ...process.env,
      OMP_NUM_THREADS: String(side.threads),
      OPENBLAS_NUM_THREADS: String(side.blasThreads),
    };
    // The wait policy is a variable under test too: unset is OpenMP's default (spin, then sleep).
    delete env.OMP_WAIT_POLICY;
    if (side.waitPolicy === 'passive') env.OMP_WAIT_POLICY = 'PASSIVE';
    return ['/usr/bin/python3', [here('./torch_epoch.py'), side.model, String(side.threads)], env];
  }
  const [command, args] = nodeCommand(side.node, here('./digitlab-epoch.mjs'));
  const sideArgs = [side.model, String(side.threads), side.engine ?? 'fused', String(side.seed ?? 1)];
  return [command, [...args, ...sideArgs], process.env];
}

/**
 * One epoch of `side`: its JSON report plus `loadBefore`/`loadAfter` and `stealPercent` (the hypervisor's
 * share of the machine's CPU time while it ran: a virtual machine's hidden load), or `{ error }`.
 */
export function runSide(side) {
  const [command, args, env] = commandFor(side);
  const loadBefore = loadAverage();
  const timesBefore = cpuTimes();
  try {
    const output = execFileSync(command, args, {
      env,
      encoding: 'utf8',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const steal = stealPercent(timesBefore, cpuTimes());
    return {
      ...JSON.parse(output.trim().split('\n').at(-1)),
      loadBefore,
      loadAfter: loadAverage(),
      stealPercent: steal,
    };
  } catch (error) {
    const reason = String(error.stderr || error.message)
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ');
    return { error: reason, loadBefore, loadAfter: loadAverage() };
  }
}

/** Whether `command args` runs and exits 0 (used to probe python3 with torch, and other Nodes). */
export function probe(command, args) {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch {
    return undefined;
  }
}
