/** Fan-in and fan-out of a weight shape, computed as Keras does. */
export interface Fans {
  fanIn: number;
  fanOut: number;
}

/**
 * Keras' rule: a dense kernel `[in, out]` has fans `in` and `out`; a convolution kernel
 * `[...spatial, in, out]` multiplies both by the receptive field size; a vector uses its length for both.
 */
export function computeFans(shape: readonly number[]): Fans {
  if (shape.length === 0) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0]!, fanOut: shape[0]! };
  if (shape.length === 2) return { fanIn: shape[0]!, fanOut: shape[1]! };
  const receptiveField = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return { fanIn: shape.at(-2)! * receptiveField, fanOut: shape.at(-1)! * receptiveField };
}
