import { modelCatalog } from '@digitlab/models';
import { InputShapeError } from '../errors/input-shape-error';
import type { DatasetEntry } from './dataset-catalog';

const product = (shape: readonly number[]) => shape.reduce((total, size) => total * size, 1);

/**
 * Whether samples of `sampleShape` can feed a model taking `inputShape`: the same shape, or a flat input
 * of the same size (an MLP takes 28x28x1 images as 784 values, as Keras' Flatten would).
 */
export function inputFits(inputShape: readonly number[], sampleShape: readonly number[]): boolean {
  if (inputShape.length === 1) return inputShape[0] === product(sampleShape);
  return inputShape.length === sampleShape.length && inputShape.every((size, i) => size === sampleShape[i]);
}

/** Throws an {@link InputShapeError} naming both shapes when the model cannot take the data set's samples. */
export function checkInputShape(
  modelName: string,
  inputShape: readonly number[],
  dataset: DatasetEntry,
): void {
  if (inputFits(inputShape, dataset.sampleShape)) return;
  const fitting = modelCatalog
    .filter((entry) => inputFits(entry.inputShape, dataset.sampleShape))
    .map((entry) => entry.name);
  throw new InputShapeError(modelName, inputShape, dataset.name, dataset.sampleShape, fitting);
}
