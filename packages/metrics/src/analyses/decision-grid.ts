import { InvalidArgumentError } from '../errors/invalid-argument-error.js';
import { checkInteger } from '../input/check-integer.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';

/**
 * What a 2-D model's `predict` may return for n points: n class indices (integers), n sigmoid
 * probabilities of class 1, n·C probabilities (or scores) flat row-major, or n rows of C values.
 */
export type GridPrediction = ArrayLike<number> | readonly ArrayLike<number>[];

/** A model over two features: `points` holds n points as x0, y0, x1, y1, …; sync or async. */
export type GridPredict = (points: Float32Array) => GridPrediction | Promise<GridPrediction>;

/** Options of {@link decisionGrid}. */
export interface DecisionGridOptions {
  /** [min, max] of the first feature (x axis). */
  xRange: readonly [number, number];
  /** [min, max] of the second feature (y axis). */
  yRange: readonly [number, number];
  /** Cells along each axis. @default 100 */
  resolution?: number;
}

/** The predicted class in each cell of a regular grid over the plane. */
export interface DecisionGrid {
  readonly xRange: readonly [number, number];
  readonly yRange: readonly [number, number];
  readonly resolution: number;
  /** x of each column's cell centre, ascending. */
  readonly x: readonly number[];
  /** y of each row's cell centre, ascending. */
  readonly y: readonly number[];
  /** Class of cell (row, column) at `classes[row * resolution + column]`. */
  readonly classes: Int32Array;
  /** Probability of that class (1 where `predict` returned class indices). */
  readonly confidence: Float32Array;
}

const decisionGridOptionKeys: OptionKeys<DecisionGridOptions> = {
  xRange: true,
  yRange: true,
  resolution: true,
};

/**
 * Evaluates `predict` once on the centres of a `resolution × resolution` grid spanning `xRange × yRange`
 * and keeps the class of each cell (argmax of rows; 0.5 threshold for one sigmoid per point), for a
 * decision-boundary plot. Always async, so `predict` may be either.
 */
export async function decisionGrid(
  predict: GridPredict,
  options: DecisionGridOptions,
): Promise<DecisionGrid> {
  checkOptionKeys('decisionGrid', options, decisionGridOptionKeys);
  const { xRange, yRange, resolution = 100 } = options;
  checkInteger('options.resolution', resolution, 1, 'cells along each axis');
  checkRange('options.xRange', xRange);
  checkRange('options.yRange', yRange);
  const centres = ([min, max]: readonly [number, number]) =>
    Array.from({ length: resolution }, (_, i) => min + ((i + 0.5) * (max - min)) / resolution);
  const x = centres(xRange);
  const y = centres(yRange);
  const count = resolution * resolution;
  const points = new Float32Array(count * 2);
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      points[2 * (row * resolution + column)] = x[column]!;
      points[2 * (row * resolution + column) + 1] = y[row]!;
    }
  }
  const { classes, confidence } = interpret(await predict(points), count);
  return { xRange, yRange, resolution, x, y, classes, confidence };
}

function checkRange(argument: string, range: readonly [number, number]): void {
  if (!Array.isArray(range) || range.length !== 2 || !(Number.isFinite(range[0]) && range[1] > range[0])) {
    throw new InvalidArgumentError(argument, range, `${argument} must be [min, max] with finite min < max`);
  }
}

/** Reads a prediction as a flat row-major matrix of `count` rows. */
function toMatrix(prediction: GridPrediction, count: number): { values: ArrayLike<number>; width: number } {
  const wrongCount = (received: string) =>
    new InvalidArgumentError(
      'predict',
      received,
      `predict must return ${count} class indices, ${count} sigmoid probabilities, ${count} × numClasses values or ${count} rows, one per point`,
    );
  if (isRows(prediction)) {
    const width = prediction[0]!.length;
    if (prediction.length !== count || width === 0) throw wrongCount(`${prediction.length} rows of ${width}`);
    const values = new Float64Array(count * width);
    prediction.forEach((row, index) => {
      if (row.length !== width) throw wrongCount(`row ${index} of ${row.length} values, row 0 of ${width}`);
      values.set(Array.from(row), index * width);
    });
    return { values, width };
  }
  const width = prediction.length / count;
  if (!Number.isInteger(width) || width === 0) throw wrongCount(`${prediction.length} values`);
  return { values: prediction, width };
}

function interpret(
  prediction: GridPrediction,
  count: number,
): { classes: Int32Array; confidence: Float32Array } {
  const { values, width } = toMatrix(prediction, count);
  const classes = new Int32Array(count);
  const confidence = new Float32Array(count).fill(1);
  if (width === 1 && Array.from(values).every((value) => Number.isInteger(value) && value >= 0)) {
    classes.set(Array.from(values));
    return { classes, confidence };
  }
  for (let point = 0; point < count; point++) {
    if (width === 1) {
      const p = values[point]!;
      classes[point] = p >= 0.5 ? 1 : 0;
      confidence[point] = Math.max(p, 1 - p);
      continue;
    }
    let best = 0;
    for (let c = 1; c < width; c++) if (values[point * width + c]! > values[point * width + best]!) best = c;
    classes[point] = best;
    confidence[point] = values[point * width + best]!;
  }
  return { classes, confidence };
}

function isRows(prediction: GridPrediction): prediction is readonly ArrayLike<number>[] {
  return Array.isArray(prediction) && prediction.length > 0 && typeof prediction[0] !== 'number';
}
