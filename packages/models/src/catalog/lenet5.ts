import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Flatten } from '../layers/flatten';
import { MaxPooling2D } from '../layers/max-pooling2d';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link lenet5}. */
export interface Lenet5Options extends CatalogModelOptions {
  /**
   * Filters of the two 5x5 convolutions.
   * @default [6, 16]
   */
  filters?: readonly [number, number];
  /**
   * Units of the two hidden dense layers.
   * @default [120, 84]
   */
  units?: readonly [number, number];
}

const lenet5OptionKeys: OptionKeys<Lenet5Options> = { ...catalogOptionKeys, filters: true, units: true };

/**
 * `lenet5`: conv 6@5x5 → max-pool 2 → conv 16@5x5 → max-pool 2 → flatten → dense 120 → dense 84 → dense
 * softmax on 28x28x1 (44,426 parameters). The published count fixes the padding: both convolutions are
 * valid, 28 → 24 → 12 → 8 → 4, so 4x4x16 = 256 features (a `same` first convolution would give 61,706).
 */
export function lenet5(options: Lenet5Options = {}): Sequential {
  const {
    filters = [6, 16],
    units = [120, 84],
    classes = 10,
    activation = 'relu',
    outputActivation = 'softmax',
  } = options;
  const layers = [
    new Conv2D({ filters: filters[0], kernelSize: 5, activation }),
    new MaxPooling2D({ poolSize: 2 }),
    new Conv2D({ filters: filters[1], kernelSize: 5, activation }),
    new MaxPooling2D({ poolSize: 2 }),
    new Flatten(),
    new Dense({ units: units[0], activation }),
    new Dense({ units: units[1], activation }),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'lenet5', optionKeys: lenet5OptionKeys, defaultInputShape: [28, 28, 1], layers },
    options,
  );
}
