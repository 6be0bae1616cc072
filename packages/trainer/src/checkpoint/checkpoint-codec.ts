import { CheckpointError } from '../errors/checkpoint-error';
import type { StoredTensor } from './stored-tensor';
import type { TrainingCheckpoint } from './training-checkpoint';
import { validateCheckpoint } from './validate-checkpoint';

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

/** Parses {@link encodeCheckpoint}'s text and validates it (see {@link validateCheckpoint}). */
export function decodeCheckpoint(text: string, location: string): TrainingCheckpoint {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CheckpointError(
      location,
      'is not valid JSON',
      'delete it and train again',
      // The parser's message quotes the text around the error; give its position only.
      `${text.length} characters, ${(error as Error).name}`,
    );
  }
  const record = parsed as { weights?: unknown; optimizer?: { weights?: unknown } } | null;
  const decoded =
    typeof record === 'object' && record !== null
      ? {
          ...record,
          weights: decodeTensors(record.weights),
          optimizer:
            typeof record.optimizer === 'object' && record.optimizer !== null
              ? { ...record.optimizer, weights: decodeTensors(record.optimizer.weights) }
              : record.optimizer,
        }
      : record;
  return validateCheckpoint(decoded, location);
}

/** Base64 values to float32 where they decode; anything else is left for the validation to report. */
function decodeTensors(tensors: unknown): unknown {
  if (!Array.isArray(tensors)) return tensors;
  return tensors.map((tensor: Partial<EncodedTensor> | null) => {
    if (typeof tensor !== 'object' || tensor === null || typeof tensor.values !== 'string') return tensor;
    const values = fromBase64(tensor.values);
    return { ...tensor, values: values ?? tensor.values };
  });
}

function toBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Float32Array | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  if (binary.length % 4 !== 0) return undefined;
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}
