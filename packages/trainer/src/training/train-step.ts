import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import type { Batch } from '../data/batch-builder';
import { countCorrect } from '../losses/accuracy';
import { computeLoss, type LossName } from '../losses/loss';

/** A step's batch loss and number of correct predictions, as scalars the caller reads and disposes. */
export interface StepResult {
  readonly loss: tf.Scalar;
  readonly correct: tf.Scalar | undefined;
}

/**
 * One optimisation step on a batch. Autodiff through `tf.variableGrads` for layer models; a model with its
 * own `computeGradients` (the hand-written MLP) supplies the gradients and the optimizer applies them the
 * same way, so both get the same loop, callbacks and history.
 */
export function trainStep(
  model: TrainableModel,
  optimizer: tf.Optimizer,
  loss: LossName,
  batch: Batch,
  withAccuracy: boolean,
): StepResult {
  const targets = batch.targets!;
  const variables = model.trainableWeights;
  if (model.computeGradients !== undefined) {
    const correct = withAccuracy
      ? tf.tidy(() => countCorrect(loss, model.apply(batch.x, { training: true }), targets))
      : undefined;
    const { loss: value, gradients } = model.computeGradients(batch.x, targets);
    const named: tf.NamedTensorMap = {};
    variables.forEach((variable, index) => {
      named[variable.name] = gradients[index]!;
    });
    optimizer.applyGradients(named);
    tf.dispose(gradients);
    return { loss: value, correct };
  }
  let correct: tf.Scalar | undefined;
  const { value, grads } = tf.variableGrads(() => {
    const probabilities = model.apply(batch.x, { training: true });
    if (withAccuracy) correct = tf.keep(countCorrect(loss, probabilities, targets));
    return computeLoss(loss, probabilities, targets);
  }, variables as tf.Variable[]);
  optimizer.applyGradients(grads);
  tf.dispose(Object.values(grads));
  return { loss: value, correct };
}
