import type * as tf from '@tensorflow/tfjs-core';

/** A tensor's values, copied out of the backend. */
export interface StoredTensor {
  /** The optimizer's name for a slot, e.g. `'dense_1/kernel/m'`; empty for model weights. */
  readonly name: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/** Copies `tensor`'s values out under `name`, disposing the tensor when it is a temporary copy. */
export async function storeTensor(name: string, tensor: tf.Tensor, dispose = false): Promise<StoredTensor> {
  const stored = { name, shape: [...tensor.shape], values: Float32Array.from(await tensor.data()) };
  if (dispose) tensor.dispose();
  return stored;
}
