import { MetricsError } from './metrics-error.js';

/** Why a probability input was rejected. */
export type ProbabilitiesProblem = 'shape' | 'not-finite' | 'out-of-range' | 'row-sum';

/** Class probabilities that are not a well-formed `[samples, classes]` matrix of distributions. */
export class InvalidProbabilitiesError extends MetricsError {
  override readonly name: string = 'InvalidProbabilitiesError';

  constructor(
    /** What is wrong: the shape, a NaN/infinite value, a value outside [0, 1], or a row sum away from 1. */
    readonly problem: ProbabilitiesProblem,
    /** The sample (row) at fault; -1 for a problem with the whole input. */
    readonly row: number,
    /** The offending number: the value, the row sum, or the length/width that does not fit. */
    readonly value: number,
    /** What was wrong and what to do. */
    description: string,
    /** What was received, e.g. `row 3 sums to 0.5`. */
    received: string,
  ) {
    super(`${description}. Received: ${received}`);
  }
}
