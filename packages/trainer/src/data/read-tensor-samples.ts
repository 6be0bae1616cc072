import * as tf from '@tensorflow/tfjs-core';
import { TrainingDataError } from '../errors/training-data-error';
import type { ArrayTrainingData, Labels, Samples, TensorSamples, TrainingData } from './samples';

/**
 * The samples with any tensor read into a typed array, once: `data()` hands over the cpu backend's own
 * array and downloads once from the others; float32 and bool tensors are not converted further. The
 * tensors are the caller's: nothing is disposed and no tensor is created.
 */
export async function readTensorSamples(data: TrainingData, field: string): Promise<ArrayTrainingData> {
  if (!('x' in data)) return data;
  const { x, y } = data as TensorSamples;
  if (!(x instanceof tf.Tensor) && !(y instanceof tf.Tensor)) return data as Samples;
  const features = x instanceof tf.Tensor ? await featuresOf(x, `${field}.x`) : x;
  const targets = y instanceof tf.Tensor ? await targetsOf(y, `${field}.y`) : y;
  if (x instanceof tf.Tensor && y instanceof tf.Tensor && x.shape[0] !== y.shape[0]) {
    throw new TrainingDataError(
      `${field}.y`,
      `one row per sample of ${field}.x (${x.shape[0]})`,
      'give the features and targets the same first dimension',
      `x.shape=[${x.shape.join(',')}], y.shape=[${y.shape.join(',')}]`,
    );
  }
  const { maxValue } = data as TensorSamples;
  return {
    x: features,
    ...(targets === undefined ? {} : { y: targets }),
    ...(maxValue === undefined ? {} : { maxValue }),
  };
}

async function readable(tensor: tf.Tensor, field: string): Promise<tf.TypedArray> {
  if (tensor.isDisposed) {
    throw new TrainingDataError(
      field,
      'a live tensor',
      'keep it until the call resolves',
      'a disposed tensor',
    );
  }
  if (tensor.rank === 0 || tensor.dtype === 'string' || tensor.dtype === 'complex64') {
    throw new TrainingDataError(
      field,
      'a numeric tensor with one row per sample',
      'pass a float32, int32 or bool tensor of shape [count, ...]',
      `dtype=${tensor.dtype}, shape=[${tensor.shape.join(',')}]`,
    );
  }
  return (await tensor.data()) as tf.TypedArray;
}

async function featuresOf(tensor: tf.Tensor, field: string): Promise<Samples['x']> {
  const values = await readable(tensor, field);
  // int32 features (e.g. raw pixels) become floats once; the batches would convert them anyway.
  return values instanceof Int32Array ? Float32Array.from(values) : (values as Float32Array | Uint8Array);
}

async function targetsOf(tensor: tf.Tensor, field: string): Promise<Labels | Float32Array> {
  return (await readable(tensor, field)) as Labels | Float32Array;
}
