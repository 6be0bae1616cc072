import * as tf from '@tensorflow/tfjs-core';
import type { SampleSet } from './samples';

/** One batch as tensors; the caller disposes both. */
export interface Batch {
  readonly x: tf.Tensor;
  /** `[size, units]` float targets, or undefined for unlabelled data. */
  readonly targets: tf.Tensor | undefined;
  readonly size: number;
}

/**
 * Gathers batches of a {@link SampleSet} into float32 buffers that are reused from batch to batch, scaling
 * integer features on the way. A batch's tensors must be disposed before the next batch is built: the cpu
 * backend keeps the buffer it is given rather than a copy.
 */
export class BatchBuilder {
  readonly #set: SampleSet;
  readonly #inputShape: readonly number[];
  readonly #features: Float32Array;
  readonly #targets: Float32Array;

  constructor(set: SampleSet, inputShape: readonly number[], batchSize: number) {
    this.#set = set;
    this.#inputShape = inputShape;
    const capacity = Math.min(batchSize, set.count);
    this.#features = new Float32Array(capacity * set.sampleSize);
    this.#targets = new Float32Array(capacity * set.units);
  }

  /** The samples `order[start .. end)` as a batch (`order` undefined: the samples `start .. end`). */
  build(order: Uint32Array | undefined, start: number, end: number): Batch {
    const { features, scale, sampleSize, targets, units } = this.#set;
    const size = end - start;
    const x = this.#features.subarray(0, size * sampleSize);
    for (let row = 0; row < size; row++) {
      const sample = order === undefined ? start + row : order[start + row]!;
      const source = features.subarray(sample * sampleSize, (sample + 1) * sampleSize);
      const target = row * sampleSize;
      if (scale === 1 && source instanceof Float32Array) {
        x.set(source, target);
      } else {
        for (let i = 0; i < sampleSize; i++) x[target + i] = source[i]! * scale;
      }
    }
    let targetTensor: tf.Tensor | undefined;
    if (targets !== undefined) {
      const rows = this.#targets.subarray(0, size * units);
      for (let row = 0; row < size; row++) {
        const sample = order === undefined ? start + row : order[start + row]!;
        rows.set(targets.subarray(sample * units, (sample + 1) * units), row * units);
      }
      targetTensor = tf.tensor2d(rows, [size, units]);
    }
    return { x: tf.tensor(x, [size, ...this.#inputShape]), targets: targetTensor, size };
  }
}
