import { nodeBuiltin } from '@digitlab/spec';
import { CheckpointError } from '../errors/checkpoint-error';
import { TrainerError } from '../errors/trainer-error';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-codec';
import type { CheckpointStore } from './checkpoint-store';

interface FileSystem {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  lstat(path: string): Promise<{ isFile(): boolean; size: number }>;
}

function nodeFileSystem(): FileSystem {
  const fs = nodeBuiltin<FileSystem>('node:fs/promises');
  if (fs === undefined) {
    const nodeProcess = (globalThis as { process?: { getBuiltinModule?: unknown } }).process;
    throw new TrainerError(
      'fileCheckpointStore needs Node.js (20.19+) file access; in a browser use memoryCheckpointStore. ' +
        `Received: ${nodeProcess === undefined ? 'no process object' : 'no process.getBuiltinModule'}`,
    );
  }
  return fs;
}

const codeOf = (error: unknown) => String((error as { code?: unknown }).code ?? (error as Error).name);

/**
 * A {@link CheckpointStore} in one JSON file (Node only). Each save writes a temporary file beside it and
 * renames it over the old one, so a run killed mid-save leaves the previous checkpoint intact; a failed save
 * (a full disk) deletes its temporary file and throws a {@link CheckpointError} naming the file. Loading
 * refuses anything but a regular file (a symbolic link, a FIFO) and validates the content.
 */
export function fileCheckpointStore(path: string): CheckpointStore {
  return {
    location: path,
    async save(checkpoint) {
      const fs = nodeFileSystem();
      const pid = (globalThis as { process?: { pid?: number } }).process?.pid ?? 0;
      const temporary = `${path}.${pid}-${Date.now().toString(36)}.tmp`;
      try {
        await fs.writeFile(temporary, encodeCheckpoint(checkpoint));
        await fs.rename(temporary, path);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        const advice = 'free some space or choose another location; the previous checkpoint is unchanged';
        throw new CheckpointError(path, 'could not be written', advice, codeOf(error));
      }
    },
    async load() {
      const fs = nodeFileSystem();
      let text: string;
      try {
        const info = await fs.lstat(path);
        if (!info.isFile()) {
          const advice = 'point to the checkpoint file itself, not a link, folder or FIFO';
          throw new CheckpointError(path, 'is not a regular file', advice, 'not a regular file');
        }
        text = await fs.readFile(path, 'utf8');
      } catch (error) {
        if (error instanceof CheckpointError) throw error;
        if (codeOf(error) === 'ENOENT') return undefined;
        throw new CheckpointError(
          path,
          'could not be read',
          'check the path and its permissions',
          codeOf(error),
        );
      }
      return decodeCheckpoint(text, path);
    },
  };
}
