import { MetricsError } from './metrics-error.js';

/** An option or parameter has a value the function cannot use (k ≤ 0, an unknown `normalize`, …). */
export class InvalidArgumentError extends MetricsError {
  override readonly name: string = 'InvalidArgumentError';

  constructor(
    /** The parameter or option, e.g. `'k'` or `'options.normalize'`. */
    readonly argument: string,
    /** The value received. */
    readonly value: unknown,
    /** What was wrong and what to pass instead; the message ends with the received value. */
    problem: string,
  ) {
    super(`${problem}. Received: ${argument}=${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(',')}]`;
  if (typeof value === 'function') return 'function';
  if (value !== null && typeof value === 'object') return JSON.stringify(value) ?? String(value);
  return String(value);
}
