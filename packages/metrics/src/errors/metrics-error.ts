/**
 * Base class of every error `@digitlab/metrics` throws, so callers can catch them all with one
 * `instanceof MetricsError`. Each subclass carries what was received in readonly fields.
 */
export class MetricsError extends Error {
  override readonly name: string = 'MetricsError';
}
