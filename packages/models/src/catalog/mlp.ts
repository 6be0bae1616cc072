import { Dense } from '../layers/dense';
import type { Sequential } from '../model/sequential';
import { buildCatalogModel } from './build-catalog-model';
import type { CatalogModelOptions } from './catalog-model-options';

/** Options of {@link mlp}. */
export interface MlpOptions extends CatalogModelOptions {
  /**
   * Units of each hidden layer, e.g. `[500, 300]`.
   * @default [300]
   */
  hiddenSizes?: readonly number[];
}

/** `mlp`: dense hidden layers → dense softmax on 784 pixels ([300]: 238,510; [500, 300]: 545,810 parameters). */
export function mlp(options: MlpOptions = {}): Sequential {
  const { hiddenSizes = [300], classes = 10, activation = 'relu', outputActivation = 'softmax' } = options;
  const layers = [
    ...hiddenSizes.map((units) => new Dense({ units, activation })),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel({ name: 'mlp', defaultInputShape: [784], layers, flattensInput: true }, options);
}
