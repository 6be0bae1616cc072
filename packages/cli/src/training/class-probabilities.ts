/** Per-class probabilities of a batch of predictions, and the most likely class of each. */
export interface ClassProbabilities {
  /** `count * numClasses` probabilities, row-major. */
  readonly probabilities: Float32Array;
  /** The argmax of each row. */
  readonly classes: Int32Array;
  readonly numClasses: number;
}

/**
 * Turns a model's outputs into per-class probabilities: softmax rows as they are, and one sigmoid unit into
 * the two columns `[1 - p, p]`, so both feed the same metrics.
 */
export function toClassProbabilities(outputs: Float32Array, units: number): ClassProbabilities {
  const count = outputs.length / units;
  const numClasses = units === 1 ? 2 : units;
  const probabilities =
    units === 1
      ? Float32Array.from({ length: count * 2 }, (_, i) =>
          i % 2 === 1 ? outputs[i >> 1]! : 1 - outputs[i >> 1]!,
        )
      : outputs;
  const classes = new Int32Array(count);
  for (let row = 0; row < count; row++) {
    let best = 0;
    for (let column = 1; column < numClasses; column++) {
      if (probabilities[row * numClasses + column]! > probabilities[row * numClasses + best]!) best = column;
    }
    classes[row] = best;
  }
  return { probabilities, classes, numClasses };
}
