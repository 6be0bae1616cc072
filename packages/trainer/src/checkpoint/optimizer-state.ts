import * as tf from '@tensorflow/tfjs-core';
import { CheckpointError } from '../errors/checkpoint-error';
import type { StoredTensor } from './training-checkpoint';

interface Slot {
  originalName: string;
  variable: tf.Variable;
}

/** tfjs-core 4.x internals that its own `getWeights` leaves out (read duck-typed, checked before use). */
interface OptimizerInternals {
  iterations_?: number;
  accBeta1?: tf.Variable;
  accBeta2?: tf.Variable;
  iteration?: tf.Variable;
  accumulatedFirstMoment?: Slot[];
  accumulatedWeightedInfNorm?: Slot[];
}

const extraPrefix = '__trainer/';

/**
 * An optimizer's complete state. tfjs' `getWeights` covers the slots and the iteration count, but
 * recomputes Adam's running beta powers as `pow(beta, t + 1)` on restore (a last-bit difference from the
 * running product, enough to make a resumed run drift from an uninterrupted one) and is not implemented
 * for Adamax at all; both are captured here from the optimizer's fields.
 */
export async function captureOptimizerState(optimizer: tf.Optimizer): Promise<StoredTensor[]> {
  const internals = optimizer as unknown as OptimizerInternals;
  if (className(optimizer) === 'Adamax') {
    const { iteration, accBeta1, accumulatedFirstMoment = [], accumulatedWeightedInfNorm = [] } = internals;
    if (iteration === undefined || accBeta1 === undefined) throw unsupported('Adamax');
    return [
      await store(`${extraPrefix}iterations`, tf.scalar(optimizer.iterations), true),
      await store(`${extraPrefix}iteration`, iteration, false),
      await store(`${extraPrefix}accBeta1`, accBeta1, false),
      ...(await Promise.all(
        [...accumulatedFirstMoment, ...accumulatedWeightedInfNorm].map((slot) =>
          store(slot.originalName, slot.variable, false),
        ),
      )),
    ];
  }
  const slots: StoredTensor[] = [];
  for (const { name, tensor } of await optimizer.getWeights()) {
    // The slots are the optimizer's live variables; only the iterations scalar is a fresh copy.
    slots.push(await store(name, tensor, !(tensor instanceof tf.Variable)));
  }
  if (className(optimizer) === 'Adam') {
    if (internals.accBeta1 === undefined || internals.accBeta2 === undefined) throw unsupported('Adam');
    slots.push(await store(`${extraPrefix}accBeta1`, internals.accBeta1, false));
    slots.push(await store(`${extraPrefix}accBeta2`, internals.accBeta2, false));
  }
  return slots;
}

/** Restores {@link captureOptimizerState}'s output into a fresh optimizer of the same class. */
export async function restoreOptimizerState(
  optimizer: tf.Optimizer,
  slots: readonly StoredTensor[],
): Promise<void> {
  const internals = optimizer as unknown as OptimizerInternals;
  const extras = new Map(
    slots
      .filter((slot) => slot.name.startsWith(extraPrefix))
      .map((slot) => [slot.name.slice(extraPrefix.length), slot]),
  );
  const regular = slots.filter((slot) => !slot.name.startsWith(extraPrefix));
  const scalarOf = (name: string): number => extras.get(name)!.values[0]!;
  if (className(optimizer) === 'Adamax') {
    if (internals.iteration === undefined || internals.accBeta1 === undefined) throw unsupported('Adamax');
    const half = regular.length / 2;
    const toSlot = (slot: StoredTensor): Slot => ({
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
  if (className(optimizer) === 'Adam' && extras.has('accBeta1')) {
    tf.tidy(() => {
      internals.accBeta1!.assign(tf.scalar(scalarOf('accBeta1')));
      internals.accBeta2!.assign(tf.scalar(scalarOf('accBeta2')));
    });
  }
}

function className(optimizer: tf.Optimizer): string {
  return (optimizer.constructor as unknown as { className: string }).className;
}

async function store(name: string, tensor: tf.Tensor, dispose: boolean): Promise<StoredTensor> {
  const stored = { name, shape: [...tensor.shape], values: Float32Array.from(await tensor.data()) };
  if (dispose) tensor.dispose();
  return stored;
}

function unsupported(name: string): CheckpointError {
  return new CheckpointError(
    'optimizer',
    `cannot capture the ${name} optimizer's state`,
    'use @tensorflow/tfjs-core 4.x, whose optimizer fields the trainer reads',
    `an ${name} optimizer without its 4.x fields`,
  );
}
