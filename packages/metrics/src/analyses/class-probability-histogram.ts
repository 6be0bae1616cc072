import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { checkInteger } from '../input/check-integer.js';
import type { LabelArray } from '../input/label-array.js';
import type { Probabilities } from '../input/probabilities.js';
import { checkProbabilitiesWithLabels } from './check-probabilities-with-labels.js';

/** Histograms of p(class) over [0, 1] for the class's own samples and for all the others. */
export interface ClassProbabilityHistogram {
  /** The class whose probability is binned. */
  readonly classIndex: number;
  /** `bins + 1` edges from 0 to 1; bin i is [edges[i], edges[i+1]), the last bin includes 1. */
  readonly edges: readonly number[];
  /** Counts per bin over samples whose true class is `classIndex`. */
  readonly inClass: readonly number[];
  /** Counts per bin over all other samples. */
  readonly rest: readonly number[];
}

/**
 * Bins p(classIndex) for the samples of that class and for the rest, the MNIST lab's per-class
 * probability histogram (plot it on a log scale: the rest is mostly near 0). Binning is NumPy's
 * `np.histogram(p, bins, range=(0, 1))`, edge cases included.
 */
export function classProbabilityHistogram(
  probabilities: Probabilities,
  yTrue: LabelArray,
  classIndex: number,
  bins = 10,
): ClassProbabilityHistogram {
  checkInteger('bins', bins, 1, 'the number of histogram bins');
  const matrix = checkProbabilitiesWithLabels(probabilities, yTrue);
  if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= matrix.numClasses) {
    throw new InvalidArgumentError(
      'classIndex',
      classIndex,
      `classIndex must be a class index in [0, ${matrix.numClasses}) for these ${matrix.numClasses}-class probabilities`,
    );
  }
  const step = 1 / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? 1 : i * step));
  const inClass = new Array<number>(bins).fill(0);
  const rest = new Array<number>(bins).fill(0);
  for (let row = 0; row < matrix.rows; row++) {
    const bin = binIndex(matrix.values[row * matrix.numClasses + classIndex]!, edges, bins);
    if (yTrue[row] === classIndex) inClass[bin]!++;
    else rest[bin]!++;
  }
  return { classIndex, edges, inClass, rest };
}

/** NumPy's uniform-bin index with its one-ulp corrections at the edges. */
function binIndex(value: number, edges: readonly number[], bins: number): number {
  let index = Math.trunc(value * bins);
  if (index === bins) index--;
  if (value < edges[index]!) index--;
  if (index !== bins - 1 && value >= edges[index + 1]!) index++;
  return index;
}
