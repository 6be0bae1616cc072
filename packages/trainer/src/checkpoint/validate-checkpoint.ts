import { CheckpointError } from '../errors/checkpoint-error';
import type { TrainingCheckpoint } from './training-checkpoint';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The most epochs a checkpoint may claim: far beyond any real run, far below what would exhaust memory. */
const maxEpochs = 1_000_000;

/**
 * Checks that `value` is a complete, consistent {@link TrainingCheckpoint}: format and version, model and
 * optimizer names, an epoch count in range whose history has exactly that many entries (epochs `0..epoch-1`),
 * a 32-bit seed, and tensors whose value counts match their shapes. Throws a {@link CheckpointError} naming
 * the first field that is wrong; nothing of the checkpoint's content but numbers and names is echoed.
 */
export function validateCheckpoint(value: unknown, location: string): TrainingCheckpoint {
  const fail = (field: string, expected: string, received: string): never => {
    throw new CheckpointError(
      location,
      `has an invalid \`${field}\` (expected ${expected})`,
      'it is damaged or not from modelCheckpoint; delete it and train again',
      received,
    );
  };
  if (!isObject(value) || value.format !== 'digitlab-training-checkpoint') {
    throw new CheckpointError(
      location,
      'is not a digitlab training checkpoint',
      'point to a file saved by modelCheckpoint',
      `format=${isObject(value) ? typeOrValue(value.format) : typeOrValue(value)}`,
    );
  }
  if (value.version !== 1) fail('version', '1', `version=${typeOrValue(value.version)}`);
  if (typeof value.modelName !== 'string') fail('modelName', 'a string', typeOrValue(value.modelName));
  const epoch = value.epoch;
  if (!isCount(epoch) || epoch > maxEpochs) {
    fail('epoch', `an integer in [0, ${maxEpochs}]`, `epoch=${typeOrValue(epoch)}`);
  }
  const seed = value.seed;
  if (!isCount(seed) || seed >= 2 ** 32) fail('seed', 'an integer in [0, 2^32)', `seed=${typeOrValue(seed)}`);
  checkTensors(value.weights, 'weights', fail);
  const optimizer = value.optimizer;
  if (!isObject(optimizer) || typeof optimizer.className !== 'string') {
    fail('optimizer', '{ className, weights }', typeOrValue(optimizer));
  }
  checkTensors((optimizer as Json).weights, 'optimizer.weights', fail);
  checkHistory(value.history, epoch as number, fail);
  return value as unknown as TrainingCheckpoint;
}

type Fail = (field: string, expected: string, received: string) => never;

function checkTensors(value: unknown, field: string, fail: Fail): void {
  if (!Array.isArray(value)) fail(field, 'a list of tensors', typeOrValue(value));
  (value as unknown[]).forEach((tensor, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(tensor) || typeof tensor.name !== 'string')
      fail(at, '{ name, shape, values }', typeOrValue(tensor));
    const { shape, values } = tensor as Json;
    if (!Array.isArray(shape) || !shape.every(isCount))
      fail(`${at}.shape`, 'a list of sizes', typeOrValue(shape));
    const size = (shape as number[]).reduce((product, dim) => product * dim, 1);
    if (!(values instanceof Float32Array) || values.length !== size) {
      const count = values instanceof Float32Array ? values.length : typeOrValue(values);
      fail(
        `${at}.values`,
        `${size} float32 values for shape [${(shape as number[]).join(', ')}]`,
        `${count}`,
      );
    }
  });
}

function checkHistory(value: unknown, epoch: number, fail: Fail): void {
  if (!isObject(value) || !isObject(value.history))
    fail('history', '{ epoch, history, seconds }', typeOrValue(value));
  const { epoch: epochs, history, seconds } = value as { epoch: unknown; history: Json; seconds: unknown };
  const sequence = Array.isArray(epochs) && epochs.length === epoch && epochs.every((e, i) => e === i);
  if (!sequence) fail('history.epoch', `the epochs 0..${epoch - 1}`, describeList(epochs));
  const series: [string, unknown][] = [
    ['seconds', seconds],
    ...Object.entries(history).map(([k, v]) => [`history.history.${k}`, v] as [string, unknown]),
  ];
  if (!('loss' in history)) fail('history.history.loss', `${epoch} losses`, 'missing');
  for (const [name, values] of series) {
    const ok = Array.isArray(values) && values.length === epoch && values.every((v) => typeof v === 'number');
    if (!ok) fail(name, `${epoch} numbers, one per epoch`, describeList(values));
  }
}

function describeList(value: unknown): string {
  if (!Array.isArray(value)) return typeOrValue(value);
  return value.length <= 12 ? `[${value.map(typeOrValue).join(',')}]` : `a list of ${value.length}`;
}

/** Numbers and booleans as they are, anything else by its type: file content is never echoed. */
function typeOrValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value;
}
