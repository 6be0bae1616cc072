import { CheckpointError } from '../errors/checkpoint-error';
import type { StoredTensor, TrainingCheckpoint } from './training-checkpoint';

interface EncodedTensor {
  name: string;
  shape: number[];
  /** Little-endian float32 bytes, base64. */
  values: string;
}

/** A checkpoint as JSON text, tensors as base64 float32 (exact round trip, ~1.33 bytes per byte). */
export function encodeCheckpoint(checkpoint: TrainingCheckpoint): string {
  const encode = (tensor: StoredTensor): EncodedTensor => ({
    name: tensor.name,
    shape: [...tensor.shape],
    values: toBase64(tensor.values),
  });
  return JSON.stringify({
    ...checkpoint,
    weights: checkpoint.weights.map(encode),
    optimizer: {
      className: checkpoint.optimizer.className,
      weights: checkpoint.optimizer.weights.map(encode),
    },
  });
}

/** Parses {@link encodeCheckpoint}'s text. */
export function decodeCheckpoint(text: string, location: string): TrainingCheckpoint {
  let parsed: TrainingCheckpoint & {
    weights: EncodedTensor[];
    optimizer: { className: string; weights: EncodedTensor[] };
  };
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CheckpointError(
      location,
      'is not valid JSON',
      'delete it and train again',
      (error as Error).message,
    );
  }
  if (parsed?.format !== 'digitlab-training-checkpoint' || !Array.isArray(parsed.weights)) {
    throw new CheckpointError(
      location,
      'is not a digitlab training checkpoint',
      'point to a file saved by modelCheckpoint',
      `format=${String(parsed?.format)}`,
    );
  }
  const decode = (tensor: EncodedTensor): StoredTensor => ({
    name: tensor.name,
    shape: tensor.shape,
    values: fromBase64(tensor.values),
  });
  return {
    ...parsed,
    weights: parsed.weights.map(decode),
    optimizer: { className: parsed.optimizer.className, weights: parsed.optimizer.weights.map(decode) },
  };
}

function toBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Float32Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}
