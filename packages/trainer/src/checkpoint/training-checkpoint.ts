import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import type { TrainingContext } from '../callbacks/training-callback';
import { CheckpointError } from '../errors/checkpoint-error';
import type { History } from '../training/history';
import { captureOptimizerState, restoreOptimizerState } from './optimizer-state';
import { validateCheckpoint } from './validate-checkpoint';

/** A tensor's values, copied out of the backend. */
export interface StoredTensor {
  /** The optimizer's name for a slot, e.g. `'dense_1/kernel/m'`; empty for model weights. */
  readonly name: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

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

/** The optimizer's class name, e.g. `'Adam'`. */
export function optimizerClassName(optimizer: tf.Optimizer): string {
  return (optimizer.constructor as unknown as { className: string }).className;
}

/** Copies a training run's state after `epochsDone` epochs. */
export async function captureCheckpoint(
  context: TrainingContext,
  epochsDone: number,
): Promise<TrainingCheckpoint> {
  const modelWeights = context.model.getWeights();
  const weights: StoredTensor[] = [];
  for (const tensor of modelWeights) weights.push(await store('', tensor));
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

/**
 * How many tensors `captureOptimizerState` stores for `weightCount` weights: the iterations scalar, one or two
 * slots per weight (none before the first step), and Adam's or Adamax's running scalars.
 */
function expectedSlots(className: string, weightCount: number): number[] | undefined {
  // Slots per weight (RMSProp has a third with momentum, a fourth when centered), and the extra scalars.
  const perWeight: Record<string, [readonly number[], number]> = {
    SGD: [[0], 0],
    Momentum: [[1], 0],
    Adagrad: [[1], 0],
    Adadelta: [[2], 0],
    RMSProp: [[2, 3, 4], 0],
    Adam: [[2], 2],
    Adamax: [[2], 2],
  };
  const entry = perWeight[className];
  if (entry === undefined) return undefined;
  const [slots, extras] = entry;
  return [1 + extras, ...slots.map((count) => 1 + extras + count * weightCount)];
}

async function store(name: string, tensor: tf.Tensor): Promise<StoredTensor> {
  return { name, shape: [...tensor.shape], values: Float32Array.from(await tensor.data()) };
}

/**
 * Puts a checkpoint's weights into `model` and its state into `optimizer`, which must be fresh (no step
 * taken) and of the same class.
 */
export async function restoreCheckpoint(
  checkpoint: TrainingCheckpoint,
  model: TrainableModel,
  optimizer: tf.Optimizer,
  location: string,
): Promise<void> {
  validateCheckpoint(checkpoint, location);
  if (checkpoint.modelName !== model.name) {
    throw new CheckpointError(
      location,
      `belongs to model '${checkpoint.modelName}'`,
      `resume it into a '${checkpoint.modelName}' model`,
      `model '${model.name}'`,
    );
  }
  const current = model.getWeights();
  const shapes = current.map((tensor) => tensor.shape.join('x'));
  tf.dispose(current);
  const stored = checkpoint.weights.map((tensor) => tensor.shape.join('x'));
  if (shapes.join(',') !== stored.join(',')) {
    throw new CheckpointError(
      location,
      'has weights of other shapes than the model',
      'build the model with the options the checkpointed one had',
      `checkpoint [${stored.join(', ')}], model [${shapes.join(', ')}]`,
    );
  }
  const className = optimizerClassName(optimizer);
  if (className !== checkpoint.optimizer.className) {
    throw new CheckpointError(
      location,
      `holds the state of a ${checkpoint.optimizer.className} optimizer`,
      `resume with the same optimizer`,
      `optimizer ${className}`,
    );
  }
  const counts = `${checkpoint.optimizer.weights.length}`;
  const expected = expectedSlots(className, current.length);
  if (expected !== undefined && !expected.includes(checkpoint.optimizer.weights.length)) {
    throw new CheckpointError(
      location,
      `holds ${counts} optimizer values, not the ${expected.join(' or ')} of a ${className} for this model`,
      'it is damaged or from another model; delete it and train again',
      `${counts} optimizer tensors`,
    );
  }
  const weights = checkpoint.weights.map((tensor) => tf.tensor(tensor.values, [...tensor.shape]));
  model.setWeights(weights);
  tf.dispose(weights);
  await restoreOptimizerState(optimizer, checkpoint.optimizer.weights);
}
