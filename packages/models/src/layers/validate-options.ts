import { type ActivationName, activationNames, isActivationName } from '../activations/activation';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { type InitializerName, initializers, isInitializerName } from '../initializers/initializer';

/** Padding of convolutions and pooling: `valid` (no padding) or `same` (output size = ceil(input / stride)). */
export type Padding = 'valid' | 'same';

/** A size given as one number for both spatial axes or as `[height, width]`. */
export type SizeOption = number | readonly [number, number];

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;

/** Checks that an option is a positive integer. */
export function positiveInteger(owner: string, option: string, value: unknown): number {
  if (!isPositiveInteger(value)) {
    throw new InvalidOptionError(owner, option, 'must be a positive integer', value);
  }
  return value;
}

/** Normalizes a {@link SizeOption} to `[height, width]` of positive integers. */
export function sizePair(owner: string, option: string, value: unknown): [number, number] {
  if (isPositiveInteger(value)) return [value, value];
  if (Array.isArray(value) && value.length === 2 && value.every(isPositiveInteger)) {
    return [value[0], value[1]];
  }
  throw new InvalidOptionError(
    owner,
    option,
    'must be a positive integer or a [height, width] pair of them',
    value,
  );
}

/** Checks a padding option. */
export function padding(owner: string, value: unknown): Padding {
  if (value === 'valid' || value === 'same') return value;
  throw new InvalidOptionError(owner, 'padding', "must be 'valid' or 'same'", value);
}

/** Checks an activation option. */
export function activation(owner: string, value: unknown): ActivationName {
  if (isActivationName(value)) return value;
  throw new InvalidOptionError(owner, 'activation', `must be one of ${activationNames.join(', ')}`, value);
}

/** Checks an initializer option. */
export function initializer(owner: string, option: string, value: unknown): InitializerName {
  if (isInitializerName(value)) return value;
  const names = Object.keys(initializers).join(', ');
  throw new InvalidOptionError(owner, option, `must be one of ${names}`, value);
}

/** Checks a boolean option. */
export function boolean(owner: string, option: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw new InvalidOptionError(owner, option, 'must be true or false', value);
}

/** Output length of a convolution or pooling window along one axis, as Keras computes it. */
export function windowOutputLength(input: number, window: number, stride: number, mode: Padding): number {
  const covered = mode === 'same' ? input : input - window + 1;
  return Math.ceil(covered / stride);
}
