import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Dropout } from '../layers/dropout';
import { Flatten } from '../layers/flatten';
import { MaxPooling2D } from '../layers/max-pooling2d';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link tinyCnn}. */
export interface TinyCnnOptions extends CatalogModelOptions {
  /**
   * Filters of the two convolutions.
   * @default [10, 4]
   */
  filters?: readonly [number, number];
  /**
   * Units of the hidden dense layer.
   * @default 35
   */
  units?: number;
  /**
   * Dropout rate after the first pooling and after the hidden dense layer.
   * @default 0.1
   */
  dropoutRate?: number;
}

const tinyCnnOptionKeys: OptionKeys<TinyCnnOptions> = {
  ...catalogOptionKeys,
  filters: true,
  units: true,
  dropoutRate: true,
};

/**
 * `tiny-cnn`: conv 10@3x3 → max-pool 2 same → dropout .1 → conv 4@3x3 → max-pool 2 same → flatten →
 * dense 35 → dropout .1 → dense softmax on 28x28x1 (5,899 parameters). The published count fixes the
 * padding: valid convolutions and `same` pooling give 26 → 13 → 11 → 6, so 6x6x4 = 144 features.
 */
export function tinyCnn(options: TinyCnnOptions = {}): Sequential {
  const {
    filters = [10, 4],
    units = 35,
    dropoutRate = 0.1,
    classes = 10,
    activation = 'relu',
    outputActivation = 'softmax',
  } = options;
  const layers = [
    new Conv2D({ filters: filters[0], kernelSize: 3, activation }),
    new MaxPooling2D({ poolSize: 2, padding: 'same' }),
    new Dropout({ rate: dropoutRate }),
    new Conv2D({ filters: filters[1], kernelSize: 3, activation }),
    new MaxPooling2D({ poolSize: 2, padding: 'same' }),
    new Flatten(),
    new Dense({ units, activation }),
    new Dropout({ rate: dropoutRate }),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'tiny-cnn', optionKeys: tinyCnnOptionKeys, defaultInputShape: [28, 28, 1], layers },
    options,
  );
}
