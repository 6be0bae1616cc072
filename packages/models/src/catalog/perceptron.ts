import { Dense } from '../layers/dense';
import type { Sequential } from '../model/sequential';
import { buildCatalogModel } from './build-catalog-model';
import type { CatalogModelOptions } from './catalog-model-options';

/** Options of {@link perceptron}. */
export interface PerceptronOptions extends CatalogModelOptions {}

/** `perceptron`: one dense softmax layer on the 8x8 digits' 64 pixels (650 parameters). */
export function perceptron(options: PerceptronOptions = {}): Sequential {
  const { classes = 10, outputActivation = 'softmax' } = options;
  const layers = [new Dense({ units: classes, activation: outputActivation })];
  return buildCatalogModel(
    { name: 'perceptron', defaultInputShape: [64], layers, flattensInput: true },
    options,
  );
}
