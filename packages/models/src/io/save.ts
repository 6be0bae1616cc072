import * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { Sequential } from '../model/sequential';
import { generatedBy } from './package-version';
import { toKerasTopology } from './to-keras-topology';

/**
 * Saves a built model in the TF.js Layers format (Keras-style topology, weights manifest and binary
 * weights) through any `tf.io.IOHandler`: {@link fileSystem} in Node, or tfjs-core's `tf.io.browserDownloads`,
 * `tf.io.browserLocalStorage`, `tf.io.http`, `tf.io.withSaveHandler`, ... `tf.loadLayersModel` reads the result.
 */
export async function save(model: Sequential, handler: tf.io.IOHandler): Promise<tf.io.SaveResult> {
  if (typeof handler?.save !== 'function') {
    throw new InvalidOptionError('save', 'handler', 'must be a tf.io.IOHandler with a save method', handler);
  }
  const named = model.weights.map(({ name, variable }) => ({ name, tensor: variable as tf.Tensor }));
  const { data, specs } = await tf.io.encodeWeights(named);
  return handler.save({
    modelTopology: toKerasTopology(model, generatedBy) as unknown as tf.io.ModelArtifacts['modelTopology'],
    format: 'layers-model',
    generatedBy,
    convertedBy: null,
    weightSpecs: specs,
    weightData: data,
  });
}
