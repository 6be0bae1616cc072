import * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ModelFormatError } from '../errors/model-format-error';
import { WeightsSizeError } from '../errors/weights-size-error';
import { Sequential } from '../model/sequential';
import { checkWeightsManifest } from './check-weights-manifest';
import { fromKerasTopology } from './from-keras-topology';
import { weightsByteLength } from './weights-byte-length';

/**
 * Loads a Sequential model saved in the TF.js Layers format, by us or by tfjs-layers / Keras, through any
 * `tf.io.IOHandler` ({@link fileSystem} in Node, or tfjs-core's `tf.io.http`, `tf.io.browserFiles`, ...).
 * Weights are matched by name (`<layer>/kernel`). Malformed topologies throw a ModelFormatError, weight
 * data of the wrong length a WeightsSizeError.
 */
export async function loadModel(handler: tf.io.IOHandler): Promise<Sequential> {
  if (typeof handler?.load !== 'function') {
    throw new InvalidOptionError(
      'loadModel',
      'handler',
      'must be a tf.io.IOHandler with a load method',
      handler,
    );
  }
  const artifacts = await handler.load();
  if (artifacts.modelTopology == null) {
    throw new ModelFormatError('modelTopology', 'is missing', JSON.stringify(Object.keys(artifacts)));
  }
  const { name, layers } = fromKerasTopology(artifacts.modelTopology);
  const specs = artifacts.weightSpecs ?? [];
  // Nothing is allocated until the topology, the manifest and the data agree.
  const unbuilt = new Sequential({ name, layers });
  checkWeightsManifest(unbuilt.plannedWeights(), specs);
  const data = tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? []);
  const expectedBytes = weightsByteLength(specs);
  if (data.byteLength !== expectedBytes) {
    throw new WeightsSizeError('the weight data', expectedBytes, data.byteLength);
  }
  const model = unbuilt.build();
  const tensors = tf.io.decodeWeights(data, specs);
  try {
    const ordered = model.weights.map(({ name: weightName }) => {
      const tensor = tensors[weightName];
      if (!tensor) {
        const available = Object.keys(tensors).join(', ') || 'none';
        throw new ModelFormatError('weightsManifest', `has no weight named ${weightName}`, available);
      }
      return tensor;
    });
    model.setWeights(ordered);
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    tf.dispose(Object.values(tensors));
  }
  return model;
}
