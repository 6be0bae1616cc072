import * as tf from '@tensorflow/tfjs-core';
import { CheckpointError } from '../errors/checkpoint-error';
import { optimizerClassName, optimizerInternals } from '../optimizers/optimizer-internals';
import type { OptimizerSlot } from '../optimizers/optimizer-slots';
import { type StoredTensor, storeTensor } from './stored-tensor';

const extraPrefix = '__trainer/';

/**
 * An optimizer's complete state. tfjs' `getWeights` covers the slots and the iteration count, but
 * recomputes Adam's running beta powers as `pow(beta, t + 1)` on restore (a last-bit difference from the
 * running product, enough to make a resumed run drift from an uninterrupted one) and is not implemented
 * for Adamax at all; both are captured here from the optimizer's fields.
 */
export async function captureOptimizerState(optimizer: tf.Optimizer): Promise<StoredTensor[]> {
  const internals = optimizerInternals(optimizer);
  if (optimizerClassName(optimizer) === 'Adamax') {
    const { iteration, accBeta1, accumulatedFirstMoment = [], accumulatedWeightedInfNorm = [] } = internals;
    if (iteration === undefined || accBeta1 === undefined) throw unsupported('Adamax');
    return [
      await storeTensor(`${extraPrefix}iterations`, tf.scalar(optimizer.iterations), true),
      await storeTensor(`${extraPrefix}iteration`, iteration, false),
      await storeTensor(`${extraPrefix}accBeta1`, accBeta1, false),
      ...(await Promise.all(
        [...accumulatedFirstMoment, ...accumulatedWeightedInfNorm].map((slot) =>
          storeTensor(slot.originalName, slot.variable, false),
        ),
      )),
    ];
  }
  const slots: StoredTensor[] = [];
  for (const { name, tensor } of await optimizer.getWeights()) {
    // The slots are the optimizer's live variables; only the iterations scalar is a fresh copy.
    slots.push(await storeTensor(name, tensor, !(tensor instanceof tf.Variable)));
  }
  if (optimizerClassName(optimizer) === 'Adam') {
    if (internals.accBeta1 === undefined || internals.accBeta2 === undefined) throw unsupported('Adam');
    slots.push(await storeTensor(`${extraPrefix}accBeta1`, internals.accBeta1, false));
    slots.push(await storeTensor(`${extraPrefix}accBeta2`, internals.accBeta2, false));
  }
  return slots;
}

/** Restores {@link captureOptimizerState}'s output into a fresh optimizer of the same class. */
export async function restoreOptimizerState(
  optimizer: tf.Optimizer,
  slots: readonly StoredTensor[],
): Promise<void> {
  const internals = optimizerInternals(optimizer);
  const extras = new Map(
    slots
      .filter((slot) => slot.name.startsWith(extraPrefix))
      .map((slot) => [slot.name.slice(extraPrefix.length), slot]),
  );
  const regular = slots.filter((slot) => !slot.name.startsWith(extraPrefix));
  const scalarOf = (name: string): number => extras.get(name)!.values[0]!;
  if (optimizerClassName(optimizer) === 'Adamax') {
    if (internals.iteration === undefined || internals.accBeta1 === undefined) throw unsupported('Adamax');
    const half = regular.length / 2;
    const toSlot = (slot: StoredTensor): OptimizerSlot => ({
      originalName: slot.name,
      variable: tf.tidy(() => tf.tensor(slot.values, [...slot.shape]).variable(false)),
    });
    internals.accumulatedFirstMoment = regular.slice(0, half).map(toSlot);
    internals.accumulatedWeightedInfNorm = regular.slice(half).map(toSlot);
    internals.iterations_ = scalarOf('iterations');
    tf.tidy(() => {
      internals.iteration!.assign(tf.scalar(scalarOf('iteration')));
      internals.accBeta1!.assign(tf.scalar(scalarOf('accBeta1')));
    });
    return;
  }
  const named = regular.map(({ name, shape, values }) => ({ name, tensor: tf.tensor(values, [...shape]) }));
  await optimizer.setWeights(named);
  tf.dispose(named.map((slot) => slot.tensor));
  if (optimizerClassName(optimizer) === 'Adam' && extras.has('accBeta1')) {
    tf.tidy(() => {
      internals.accBeta1!.assign(tf.scalar(scalarOf('accBeta1')));
      internals.accBeta2!.assign(tf.scalar(scalarOf('accBeta2')));
    });
  }
}

function unsupported(name: string): CheckpointError {
  return new CheckpointError(
    'optimizer',
    `cannot capture the ${name} optimizer's state`,
    'use @tensorflow/tfjs-core 4.x, whose optimizer fields the trainer reads',
    `an ${name} optimizer without its 4.x fields`,
  );
}
