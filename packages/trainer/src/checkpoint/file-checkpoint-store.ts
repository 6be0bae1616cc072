import { nodeBuiltin } from '../backend/node-builtin';
import { TrainerError } from '../errors/trainer-error';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint-codec';
import type { CheckpointStore } from './checkpoint-store';

interface FileSystem {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
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

/**
 * A {@link CheckpointStore} in one JSON file (Node only). Each save writes a temporary file beside it and
 * renames it over the old one, so a run killed mid-save leaves the previous checkpoint intact.
 */
export function fileCheckpointStore(path: string): CheckpointStore {
  return {
    location: path,
    async save(checkpoint) {
      const fs = nodeFileSystem();
      const temporary = `${path}.${Date.now().toString(36)}.tmp`;
      await fs.writeFile(temporary, encodeCheckpoint(checkpoint));
      await fs.rename(temporary, path);
    },
    async load() {
      const fs = nodeFileSystem();
      let text: string;
      try {
        text = await fs.readFile(path, 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return undefined;
        throw error;
      }
      return decodeCheckpoint(text, path);
    },
  };
}
