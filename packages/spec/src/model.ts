// The one entry that names tfjs-core types (with `import type`, so nothing of tfjs is loaded): the root
// entry, which datasets and metrics import, never refers to this file.
export type { TrainableModel } from './model/trainable-model';
