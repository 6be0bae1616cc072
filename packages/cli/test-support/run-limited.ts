import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What a child process did, and its peak memory. */
export interface LimitedResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory in KiB as GNU time reports it; undefined without /usr/bin/time. */
  readonly peakRssKib: number | undefined;
}

/** Options of {@link runLimited}. */
export interface RunLimitedOptions {
  readonly cwd: string;
  /** The whole environment of the child. */
  readonly env: Record<string, string | undefined>;
  /** Killed (SIGKILL) after this many seconds. */
  readonly seconds: number;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs `command args` under `timeout -s KILL`, so a hung install or run cannot outlive the test, and
 * under GNU time for its peak memory.
 */
export function runLimited(
  command: string,
  args: readonly string[],
  options: RunLimitedOptions,
): LimitedResult {
  const measured = existsSync(gnuTime);
  const argv = [
    '-s',
    'KILL',
    String(options.seconds),
    ...(measured ? [gnuTime, '-f', 'peak-rss-kib=%M'] : []),
    command,
    ...args,
  ];
  const result = spawnSync('timeout', argv, { cwd: options.cwd, env: options.env, encoding: 'utf8' });
  const peak = /peak-rss-kib=(\d+)\s*$/.exec(result.stderr);
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: peak ? result.stderr.slice(0, peak.index) : result.stderr,
    peakRssKib: peak ? Number(peak[1]) : undefined,
  };
}
