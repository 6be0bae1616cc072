import { Dense } from '../layers/dense';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link perceptron}. */
export interface PerceptronOptions extends CatalogModelOptions {}

const perceptronOptionKeys: OptionKeys<PerceptronOptions> = catalogOptionKeys;

/** `perceptron`: one dense softmax layer on the 8x8 digits' 64 pixels (650 parameters). */
export function perceptron(options: PerceptronOptions = {}): Sequential {
  const { classes = 10, outputActivation = 'softmax' } = options;
  const layers = [new Dense({ units: classes, activation: outputActivation })];
  return buildCatalogModel(
    {
      name: 'perceptron',
      optionKeys: perceptronOptionKeys,
      defaultInputShape: [64],
      layers,
      flattensInput: true,
    },
    options,
  );
}
