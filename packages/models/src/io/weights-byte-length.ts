import type * as tf from '@tensorflow/tfjs-core';
import { ModelFormatError } from '../errors/model-format-error';

const bytesPerElement: Record<string, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  complex64: 8,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

/** Bytes that weights described by a manifest occupy (quantized weights at their stored width). */
export function weightsByteLength(specs: readonly tf.io.WeightsManifestEntry[]): number {
  return specs.reduce((total, spec) => {
    const dtype = spec.quantization?.dtype ?? spec.dtype;
    const width = bytesPerElement[dtype];
    if (width === undefined) {
      throw new ModelFormatError(`weight ${spec.name}`, 'unsupported weight dtype', String(dtype));
    }
    return total + spec.shape.reduce((a, b) => a * b, 1) * width;
  }, 0);
}
