import * as tf from '@tensorflow/tfjs-core';
import { WeightsMismatchError } from '../errors/weights-mismatch-error';

/** Whether two shapes are equal. */
export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((size, i) => size === b[i]);
}

/**
 * Copies `tensors` into `variables` (as float32), after checking that there are as many and of the same
 * shapes; on a mismatch it throws a WeightsMismatchError naming `target` and changes nothing.
 */
export function assignWeights(
  target: string,
  variables: readonly tf.Variable[],
  tensors: readonly tf.Tensor[],
): void {
  const expected = variables.map((variable) => variable.shape);
  const received = tensors.map((tensor) => tensor.shape);
  if (expected.length !== received.length || !expected.every((shape, i) => sameShape(shape, received[i]!))) {
    throw new WeightsMismatchError(target, expected, received);
  }
  tf.tidy(() => {
    variables.forEach((variable, i) => {
      variable.assign(tf.cast(tensors[i]!, 'float32'));
    });
  });
}
