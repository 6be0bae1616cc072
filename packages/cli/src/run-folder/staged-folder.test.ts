import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors/usage-error';
import { checkFolderFree, writeFolderAtomically } from './staged-folder';

const parent = () => mkdtempSync(join(tmpdir(), 'staged-folder-'));

describe('writeFolderAtomically', () => {
  it('creates the folder with everything written, and nothing else beside it', async () => {
    const root = parent();
    const target = join(root, 'runs', 'run-1');
    await writeFolderAtomically(target, (folder) => writeFile(join(folder, 'a.txt'), 'done'));
    expect(readFileSync(join(target, 'a.txt'), 'utf8')).toBe('done');
    expect(readdirSync(join(root, 'runs'))).toEqual(['run-1']);
  });

  it('leaves nothing behind when writing fails', async () => {
    const root = parent();
    const target = join(root, 'run');
    await expect(
      writeFolderAtomically(target, async (folder) => {
        await writeFile(join(folder, 'half.txt'), 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readdirSync(root)).toEqual([]);
  });

  it('replaces an empty folder and refuses one with files in it', async () => {
    const root = parent();
    mkdirSync(join(root, 'empty'));
    await writeFolderAtomically(join(root, 'empty'), (folder) => writeFile(join(folder, 'x'), ''));
    expect(readdirSync(join(root, 'empty'))).toEqual(['x']);
    writeFileSync(join(root, 'empty', 'y'), '');
    await expect(checkFolderFree(join(root, 'empty'))).rejects.toBeInstanceOf(UsageError);
    await expect(checkFolderFree(join(root, 'absent'))).resolves.toBeUndefined();
  });
});
