import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import type { History } from '../history/history';
import { optimizerClassName } from '../optimizers/optimizer-internals';
import { captureOptimizerState } from './optimizer-state';
import { type StoredTensor, storeTensor } from './stored-tensor';
import type { TrainingCheckpoint } from './training-checkpoint';

/** What a checkpoint is taken of: a run's model, optimizer, seed and history (a callback's `TrainingContext`). */
export interface CheckpointSource {
  readonly model: TrainableModel;
  readonly optimizer: tf.Optimizer;
  readonly seed: number;
  readonly history: Pick<History, 'epoch' | 'history' | 'seconds'>;
}

/** Copies a training run's state after `epochsDone` epochs. */
export async function captureCheckpoint(
  context: CheckpointSource,
  epochsDone: number,
): Promise<TrainingCheckpoint> {
  const modelWeights = context.model.getWeights();
  const weights: StoredTensor[] = [];
  for (const tensor of modelWeights) weights.push(await storeTensor('', tensor));
  tf.dispose(modelWeights);
  const optimizerWeights = await captureOptimizerState(context.optimizer);
  const { history } = context;
  return {
    format: 'digitlab-training-checkpoint',
    version: 1,
    modelName: context.model.name,
    epoch: epochsDone,
    seed: context.seed,
    weights,
    optimizer: { className: optimizerClassName(context.optimizer), weights: optimizerWeights },
    history: structuredClone({ epoch: history.epoch, history: history.history, seconds: history.seconds }),
  };
}
