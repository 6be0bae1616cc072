import { EmptyInputError } from '../errors/empty-input-error.js';
import { InvalidProbabilitiesError } from '../errors/invalid-probabilities-error.js';

/**
 * Class probabilities as one flat row-major array of `samples × numClasses` values, the layout of a
 * `[samples, classes]` softmax output's `dataSync()` (a `Float32Array`).
 */
export interface FlatProbabilities {
  /** `values[sample * numClasses + classIndex]` is p(classIndex | sample). */
  readonly values: ArrayLike<number>;
  /** Number of classes (the row width); at least 2. */
  readonly numClasses: number;
}

/**
 * Class probabilities, one distribution per sample: either flat with its width
 * (`{ values: Float32Array, numClasses: 10 }`) or as rows (`number[][]`, the result of `tensor.array()`).
 * Every value must be finite and in [0, 1] and every row must sum to 1 within
 * {@link PROBABILITY_SUM_TOLERANCE}.
 */
export type Probabilities = FlatProbabilities | readonly ArrayLike<number>[];

/**
 * How far a row sum may stray from 1. Float32 softmax rows over 10 classes sum to within about 1e-6 of 1;
 * the slack also admits probabilities rounded for storage, while rejecting scores and logits.
 */
export const PROBABILITY_SUM_TOLERANCE = 1e-3;

/** Validated probabilities as a flat row-major matrix. */
export interface ProbabilityMatrix {
  readonly values: ArrayLike<number>;
  readonly rows: number;
  readonly numClasses: number;
}

/** Checks `probabilities` and returns them as one flat matrix (rows are copied, flat input is not). */
export function toProbabilityMatrix(probabilities: Probabilities): ProbabilityMatrix {
  const matrix = 'numClasses' in probabilities ? fromFlat(probabilities) : fromRows(probabilities);
  for (let row = 0; row < matrix.rows; row++) checkRow(matrix, row);
  return matrix;
}

/** Index of the largest value in `row` (the first one on ties, as NumPy's argmax). */
export function argmaxRow(matrix: ProbabilityMatrix, row: number): number {
  const offset = row * matrix.numClasses;
  let best = 0;
  for (let c = 1; c < matrix.numClasses; c++) {
    if (matrix.values[offset + c]! > matrix.values[offset + best]!) best = c;
  }
  return best;
}

function fromFlat({ values, numClasses }: FlatProbabilities): ProbabilityMatrix {
  if (!Number.isInteger(numClasses) || numClasses < 2) {
    throw new InvalidProbabilitiesError(
      'shape',
      -1,
      numClasses,
      'numClasses must be an integer of at least 2 (one probability per class)',
      `numClasses=${numClasses}`,
    );
  }
  if (values.length === 0) throw new EmptyInputError('probabilities.values', 'pass one row per sample');
  if (values.length % numClasses !== 0) {
    throw new InvalidProbabilitiesError(
      'shape',
      -1,
      values.length,
      `probabilities.values must hold samples × numClasses values, but ${values.length} is not a multiple of ${numClasses}; check numClasses`,
      `values.length=${values.length}, numClasses=${numClasses}`,
    );
  }
  return { values, rows: values.length / numClasses, numClasses };
}

function fromRows(rows: readonly ArrayLike<number>[]): ProbabilityMatrix {
  if (rows.length === 0) throw new EmptyInputError('probabilities', 'pass one row per sample');
  const numClasses = rows[0]!.length;
  if (numClasses < 2) {
    throw new InvalidProbabilitiesError(
      'shape',
      0,
      numClasses,
      'each probability row needs at least 2 classes (one probability per class)',
      `probabilities[0].length=${numClasses}`,
    );
  }
  const flat = new Float64Array(rows.length * numClasses);
  rows.forEach((row, index) => {
    if (row.length !== numClasses) {
      throw new InvalidProbabilitiesError(
        'shape',
        index,
        row.length,
        `every probability row must have the same width; row ${index} has ${row.length} values, row 0 has ${numClasses}`,
        `probabilities[${index}].length=${row.length}`,
      );
    }
    flat.set(Array.from(row), index * numClasses);
  });
  return { values: flat, rows: rows.length, numClasses };
}

function checkRow(matrix: ProbabilityMatrix, row: number): void {
  const offset = row * matrix.numClasses;
  let sum = 0;
  for (let c = 0; c < matrix.numClasses; c++) {
    const value = matrix.values[offset + c]!;
    if (!Number.isFinite(value)) {
      throw new InvalidProbabilitiesError(
        'not-finite',
        row,
        value,
        `probability of class ${c} for sample ${row} is ${value}; the model output contains NaN or Infinity (diverged training?)`,
        `p[${row}][${c}]=${value}`,
      );
    }
    if (value < 0 || value > 1) {
      throw new InvalidProbabilitiesError(
        'out-of-range',
        row,
        value,
        `probabilities must lie in [0, 1]; pass softmax outputs, not logits`,
        `p[${row}][${c}]=${value}`,
      );
    }
    sum += value;
  }
  if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
    throw new InvalidProbabilitiesError(
      'row-sum',
      row,
      sum,
      `each probability row must sum to 1 (±${PROBABILITY_SUM_TOLERANCE}); apply softmax first or check numClasses`,
      `row ${row} sums to ${sum}`,
    );
  }
}
