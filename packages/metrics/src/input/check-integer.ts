import { InvalidArgumentError } from '../errors/invalid-argument-error.js';

/** Throws unless `value` is an integer ≥ `minimum`. */
export function checkInteger(argument: string, value: number, minimum: number, purpose: string): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new InvalidArgumentError(
      argument,
      value,
      `${argument} must be an integer ≥ ${minimum} (${purpose})`,
    );
  }
}
