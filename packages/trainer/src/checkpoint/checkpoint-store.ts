import type { TrainingCheckpoint } from './training-checkpoint';

/** Where `modelCheckpoint` writes checkpoints and where a resumed `fit` reads them. */
export interface CheckpointStore {
  /** A description of the location for messages, e.g. a file path. */
  readonly location: string;
  /** Replaces the stored checkpoint. */
  save(checkpoint: TrainingCheckpoint): Promise<void>;
  /** The stored checkpoint, or undefined when nothing was saved yet. */
  load(): Promise<TrainingCheckpoint | undefined>;
}

/** A {@link CheckpointStore} in memory (a browser page, tests); `latest` is the last saved checkpoint. */
export interface MemoryCheckpointStore extends CheckpointStore {
  readonly latest: TrainingCheckpoint | undefined;
}

/** Creates a {@link MemoryCheckpointStore}. */
export function memoryCheckpointStore(): MemoryCheckpointStore {
  let latest: TrainingCheckpoint | undefined;
  return {
    location: 'memory',
    get latest() {
      return latest;
    },
    save: async (checkpoint) => {
      latest = checkpoint;
    },
    load: async () => latest,
  };
}
