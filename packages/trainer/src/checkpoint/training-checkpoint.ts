import type { History } from '../history/history';
import type { StoredTensor } from './stored-tensor';

/** Everything needed to continue a run exactly where it stopped. */
export interface TrainingCheckpoint {
  readonly format: 'digitlab-training-checkpoint';
  readonly version: 1;
  /** The model's name; restoring into another model is refused. */
  readonly modelName: string;
  /** Epochs completed: a resumed `fit` starts at this epoch. */
  readonly epoch: number;
  /** The run's seed: split, shuffle order and dropout masks of later epochs follow from it and the epoch. */
  readonly seed: number;
  /** All model weights, in `getWeights` order. */
  readonly weights: readonly StoredTensor[];
  /** The optimizer's class name (e.g. `'Adam'`) and state, iterations included. */
  readonly optimizer: { readonly className: string; readonly weights: readonly StoredTensor[] };
  /** The history up to `epoch`, so a resumed run's history covers every epoch. */
  readonly history: Pick<History, 'epoch' | 'history' | 'seconds'>;
}
