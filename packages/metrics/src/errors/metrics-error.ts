import { DigitlabError } from '@digitlab/spec';

/**
 * Base class of every error `@digitlab/metrics` throws, so callers can catch them all with one
 * `instanceof MetricsError` (which also recognises another installed copy's errors). Each subclass carries
 * what was received in readonly fields.
 */
export class MetricsError extends DigitlabError {
  static override readonly kind: string = '@digitlab/metrics';
  override readonly name: string = 'MetricsError';
}
