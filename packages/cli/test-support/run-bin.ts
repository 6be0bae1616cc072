import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built command, as `npm install` links it. */
export const binPath = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** What a run of the command did. */
export interface BinResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const created: string[] = [];

/** A new empty temporary folder, removed by {@link removeTemporaryFolders}. */
export function temporaryFolder(prefix = 'digitlab-cli-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  created.push(folder);
  return folder;
}

/** Removes the folders {@link temporaryFolder} made in this test file; for `afterAll`. */
export function removeTemporaryFolders(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Options of {@link runBin}. */
export interface RunBinOptions {
  /** Working folder; runs/ is written here. @default a new temporary folder */
  cwd?: string;
  /** Variables added to the environment. @default none */
  env?: Record<string, string>;
}

/**
 * Runs `node dist/bin.js ...args` in a child process with an isolated environment: colours off, an empty
 * download cache and no DIGITLAB_DATA_DIR (unless given), so the machine's own data never leaks in.
 */
export function runBin(args: readonly string[], options: RunBinOptions = {}): Promise<BinResult> {
  const { cwd = temporaryFolder(), env = {} } = options;
  const environment: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    XDG_CACHE_HOME: join(cwd, '.cache'),
    DIGITLAB_DATA_DIR: undefined,
    ...env,
  };
  const child = spawn(process.execPath, [binPath, ...args], {
    cwd,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collectOutput(child);
}

/** The exit code and the whole stdout and stderr of a child process, once it has ended. */
export function collectOutput(child: ChildProcess): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
