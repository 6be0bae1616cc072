import { InvalidOptionError } from '../errors/invalid-option-error';

/** Metrics logged besides the loss. `accuracy` is Keras' choice for the loss: binary or categorical. */
export type MetricName = 'accuracy';

/** Checks a `metrics` option; whether accuracy is on. */
export function checkMetrics(functionName: string, metrics: unknown): boolean {
  if (!Array.isArray(metrics) || metrics.some((metric) => metric !== 'accuracy')) {
    throw new InvalidOptionError(functionName, 'metrics', "must be [] or ['accuracy']", metrics);
  }
  return metrics.length > 0;
}
