import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import type { LabelArray } from '../input/label-array.js';
import { checkLabels } from '../input/label-array.js';
import type { Probabilities, ProbabilityMatrix } from '../input/probabilities.js';
import { toProbabilityMatrix } from '../input/probabilities.js';

/** Validates probabilities and the matching true labels (class indices into the rows). */
export function checkProbabilitiesWithLabels(
  probabilities: Probabilities,
  yTrue: LabelArray,
): ProbabilityMatrix {
  const matrix = toProbabilityMatrix(probabilities);
  checkLabels(yTrue, 'yTrue', matrix.numClasses);
  if (yTrue.length !== matrix.rows) {
    throw new LengthMismatchError('yTrue', 'probabilities', matrix.rows, yTrue.length);
  }
  return matrix;
}
