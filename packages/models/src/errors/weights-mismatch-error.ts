import { ModelsError } from './models-error';

const formatShapes = (shapes: readonly (readonly number[])[]) =>
  shapes.map((s) => `[${s.join(',')}]`).join(' ');

/** `setWeights` was given a different number of tensors, or tensors of other shapes, than the model has. */
export class WeightsMismatchError extends ModelsError {
  /** Name of the model or layer whose weights were being set. */
  readonly target: string;
  /** The shapes of the model's weights, in order. */
  readonly expectedShapes: readonly (readonly number[])[];
  /** The shapes that were received, in order. */
  readonly receivedShapes: readonly (readonly number[])[];

  constructor(
    target: string,
    expectedShapes: readonly (readonly number[])[],
    receivedShapes: readonly (readonly number[])[],
  ) {
    super(
      `${target} has ${expectedShapes.length} weights of shapes ${formatShapes(expectedShapes)}; pass tensors ` +
        `of exactly these shapes in this order (as getWeights returns them). Received: ${receivedShapes.length} ` +
        `tensors of shapes ${formatShapes(receivedShapes)}`,
    );
    this.target = target;
    this.expectedShapes = expectedShapes;
    this.receivedShapes = receivedShapes;
  }
}
