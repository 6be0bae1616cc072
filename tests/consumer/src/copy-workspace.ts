import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './run-command';
import { workspaceRoot } from './workspace-packages';

/**
 * Copies the workspace's sources (what git tracks, plus new files it does not ignore) into a fresh
 * temporary folder, with `node_modules` linked to this checkout's, and returns the folder. For rehearsing
 * commands that rewrite files, such as `changeset version`.
 */
export async function copyWorkspace(): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), 'digitlab-workspace-'));
  const { stdout } = await runCommand(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    {
      cwd: workspaceRoot,
    },
  );
  for (const file of stdout.split('\0')) {
    if (file !== '' && existsSync(join(workspaceRoot, file)))
      cpSync(join(workspaceRoot, file), join(copy, file));
  }
  symlinkSync(join(workspaceRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}
