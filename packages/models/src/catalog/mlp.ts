import { Dense } from '../layers/dense';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link mlp}. */
export interface MlpOptions extends CatalogModelOptions {
  /**
   * Units of each hidden layer, e.g. `[500, 300]`.
   * @default [300]
   */
  hiddenSizes?: readonly number[];
}

const mlpOptionKeys: OptionKeys<MlpOptions> = { ...catalogOptionKeys, hiddenSizes: true };

/** `mlp`: dense hidden layers → dense softmax on 784 pixels ([300]: 238,510; [500, 300]: 545,810 parameters). */
export function mlp(options: MlpOptions = {}): Sequential {
  const { hiddenSizes = [300], classes = 10, activation = 'relu', outputActivation = 'softmax' } = options;
  const layers = [
    ...hiddenSizes.map((units) => new Dense({ units, activation })),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'mlp', optionKeys: mlpOptionKeys, defaultInputShape: [784], layers, flattensInput: true },
    options,
  );
}
