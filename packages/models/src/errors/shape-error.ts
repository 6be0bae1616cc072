import { ModelsError } from './models-error';

/** A layer received an input whose shape it cannot process (or a shape other than the one it was built for). */
export class ShapeError extends ModelsError {
  /** Name of the layer that rejected the input, e.g. `'dense_1'`. */
  readonly layerName: string;
  /** What the layer expects, in words, e.g. `'[features] per sample (rank 1)'`. */
  readonly expected: string;
  /** The shape that was received (per sample, or the full batch shape for `apply`). */
  readonly receivedShape: readonly number[];

  constructor(layerName: string, expected: string, advice: string, receivedShape: readonly number[]) {
    super(
      `Layer ${layerName} expects input of shape ${expected}; ${advice}. Received: shape=[${receivedShape.join(',')}]`,
    );
    this.layerName = layerName;
    this.expected = expected;
    this.receivedShape = receivedShape;
  }
}
