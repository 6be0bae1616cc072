import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { binPath, collectOutput, temporaryFolder } from './run-bin';

const support = fileURLToPath(new URL('.', import.meta.url));

/** What a guarded run of the command did, and what it cost. */
export interface GuardedResult {
  /** The exit code; 137 when `timeout -s KILL` had to kill it (a hang). */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory in MB, or undefined when the process was killed before it could report. */
  readonly peakMb: number | undefined;
  readonly seconds: number;
}

/** Options of {@link runGuarded}. */
export interface GuardedOptions {
  /** Working folder. @default a new temporary folder */
  readonly cwd?: string;
  /** `<code>:<target>` for inject-fault.mjs, e.g. `'ENOSPC:report.html'`. @default none */
  readonly fault?: string;
  /** Seconds before `timeout -s KILL` ends it. @default 120 */
  readonly limit?: number;
  /** Called with the pid of `timeout` once it runs (see {@link commandPid} for node's). @default none */
  readonly onStart?: (pid: number) => void;
  /** A base URL every download goes to instead of the pinned mirrors (redirect-downloads.mjs). @default none */
  readonly mirror?: string;
}

/**
 * Runs `node dist/bin.js ...args` in a child process under `timeout -s KILL`, so a hang or runaway allocation
 * ends in a bounded time, with its peak memory reported at exit and optionally a file-system fault injected.
 */
export async function runGuarded(
  args: readonly string[],
  options: GuardedOptions = {},
): Promise<GuardedResult> {
  const { cwd = temporaryFolder(), fault, limit = 120, onStart, mirror } = options;
  const rssFile = join(temporaryFolder('digitlab-rss-'), 'rss');
  const imports = [`--import=${join(support, 'report-memory.mjs')}`];
  if (fault !== undefined) imports.push(`--import=${join(support, 'inject-fault.mjs')}`);
  if (mirror !== undefined) imports.push(`--import=${join(support, 'redirect-downloads.mjs')}`);
  const env = {
    ...process.env,
    NO_COLOR: '1',
    XDG_CACHE_HOME: join(cwd, '.cache'),
    DIGITLAB_DATA_DIR: undefined,
    DIGITLAB_RSS_FILE: rssFile,
    DIGITLAB_FAULT: fault ?? '',
    DIGITLAB_TEST_MIRROR: mirror ?? '',
    NODE_OPTIONS: imports.join(' '),
  };
  const started = performance.now();
  const child = spawn('timeout', ['-s', 'KILL', String(limit), process.execPath, binPath, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) onStart?.(child.pid);
  const { code, stdout, stderr } = await collectOutput(child);
  let peakMb: number | undefined;
  try {
    peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // Killed before its exit handler could report.
    peakMb = undefined;
  }
  return { code, stdout, stderr, peakMb, seconds: (performance.now() - started) / 1000 };
}

/** The pid of the command `timeout` runs (node), read from /proc; undefined until it has started. */
export function commandPid(timeoutPid: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${timeoutPid}/task/${timeoutPid}/children`, 'utf8').trim();
    return children === '' ? undefined : Number(children.split(' ')[0]);
  } catch {
    return undefined;
  }
}
