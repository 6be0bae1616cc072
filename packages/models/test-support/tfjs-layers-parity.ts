import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Layer } from '../src/layers/layer';

/** Outputs of one of our layers and its tfjs-layers twin on the same input with the same weights. */
export interface ParityResult {
  oursShape: number[];
  theirsShape: number[];
  /** Largest absolute difference between the outputs. */
  maxDifference: number;
}

/**
 * Test support: builds both layers for `input`, copies our (seeded) weights into tfjs-layers' layer, runs
 * both, and frees everything, including `input`.
 */
export async function compareWithTfjsLayers(
  ours: Layer,
  theirs: tfl.layers.Layer,
  input: tf.Tensor,
): Promise<ParityResult> {
  tf.dispose(theirs.apply(input) as tf.Tensor);
  ours.build(input.shape.slice(1), 42);
  const weights = ours.getWeights();
  theirs.setWeights(weights);
  tf.dispose(weights);
  const oursOutput = ours.apply(input);
  const theirsOutput = theirs.apply(input) as tf.Tensor;
  const difference = tf.tidy(() => tf.max(tf.abs(tf.sub(oursOutput, theirsOutput))));
  const result = {
    oursShape: oursOutput.shape,
    theirsShape: theirsOutput.shape,
    maxDifference: (await difference.data())[0]!,
  };
  tf.dispose([oursOutput, theirsOutput, difference, input]);
  if (theirs.weights.length > 0) theirs.dispose();
  ours.dispose();
  return result;
}

/** Test support: a seeded standard-normal batch. */
export function randomBatch(shape: number[], seed = 3): tf.Tensor {
  return tf.randomNormal(shape, 0, 1, 'float32', seed);
}
