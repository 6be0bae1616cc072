import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import { CheckpointError } from '../errors/checkpoint-error';
import { optimizerClassName } from '../optimizers/optimizer-internals';
import { restoreOptimizerState } from './optimizer-state';
import type { TrainingCheckpoint } from './training-checkpoint';
import { validateCheckpoint } from './validate-checkpoint';

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
