import * as tf from '@tensorflow/tfjs-core';
import { FusedEngineError } from '../errors/fused-engine-error';

/** A slot's values in engine memory: `values` is the engine's view for one variable and one slot name. */
interface SlotView {
  readonly name: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/** Lists the optimizer slots in tfjs-core's order: every variable's first slot, then every second one. */
export function slotViews(
  variables: readonly tf.Variable[],
  slotNames: readonly string[],
  views: readonly Float32Array[][],
): SlotView[] {
  return slotNames.flatMap((slot, s) =>
    variables.map((variable, v) => ({
      name: `${variable.name}/${slot}`,
      shape: variable.shape,
      values: views[s]![v]!,
    })),
  );
}

/**
 * Copies the optimizer's existing slots (a resumed or reused optimizer) into the engine's views, or, for a
 * fresh optimizer, fills them with `start` (the engine's memory starts at zero). Slots are matched by
 * position, as tfjs-core's optimizers do: a restored checkpoint names them after the variables of the model
 * it was taken from.
 */
export async function readSlots(
  optimizer: tf.Optimizer,
  views: readonly SlotView[],
  start: number,
): Promise<void> {
  const [iterations, ...slots] = await optimizer.getWeights();
  tf.dispose(iterations?.tensor);
  if (slots.length === 0) {
    if (start !== 0) for (const view of views) view.values.fill(start);
    return;
  }
  if (!sameLayout(slots, views)) {
    throw new FusedEngineError(
      `the optimizer holds ${slots.length} state tensors that do not fit this model's ${views.length}`,
      'pass a fresh optimizer or one that trained this model',
      `${slots.length} state tensors`,
    );
  }
  for (const [i, view] of views.entries()) view.values.set(slots[i]!.tensor.dataSync());
}

function sameLayout(slots: readonly { tensor: tf.Tensor }[], views: readonly SlotView[]): boolean {
  return (
    slots.length === views.length && slots.every((slot, i) => slot.tensor.size === views[i]!.values.length)
  );
}

/** Writes the engine's slots into the optimizer: assigned in place when it has them, else set afresh. */
export async function writeSlots(optimizer: tf.Optimizer, views: readonly SlotView[]): Promise<void> {
  const weights = await optimizer.getWeights();
  const [iterations, ...slots] = weights;
  tf.dispose(iterations?.tensor);
  if (views.length === 0) return;
  if (sameLayout(slots, views)) {
    tf.tidy(() => {
      views.forEach((view, i) => {
        (slots[i]!.tensor as tf.Variable).assign(tf.tensor(view.values, [...view.shape]));
      });
    });
    return;
  }
  tf.dispose(slots.map((slot) => slot.tensor));
  const named = [
    { name: 'iter', tensor: tf.scalar(optimizer.iterations, 'int32') },
    ...views.map((view) => ({ name: view.name, tensor: tf.tensor(view.values.slice(), [...view.shape]) })),
  ];
  await optimizer.setWeights(named);
  tf.dispose(named.map((slot) => slot.tensor));
}
