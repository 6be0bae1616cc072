import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Dropout } from '../layers/dropout';
import { Flatten } from '../layers/flatten';
import { MaxPooling2D } from '../layers/max-pooling2d';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link twoConvCnn}. */
export interface TwoConvCnnOptions extends CatalogModelOptions {
  /**
   * Filters of the two convolutions.
   * @default [32, 64]
   */
  filters?: readonly [number, number];
  /**
   * Units of the hidden dense layer.
   * @default 128
   */
  units?: number;
  /**
   * Dropout rates after the pooling and after the hidden dense layer.
   * @default [0.25, 0.5]
   */
  dropoutRates?: readonly [number, number];
}

const twoConvCnnOptionKeys: OptionKeys<TwoConvCnnOptions> = {
  ...catalogOptionKeys,
  filters: true,
  units: true,
  dropoutRates: true,
};

/**
 * `two-conv-cnn`, the Keras MNIST example: conv 32@3x3 → conv 64@3x3 → max-pool 2 → dropout .25 → flatten
 * → dense 128 → dropout .5 → dense softmax on 28x28x1 (1,199,882 parameters).
 */
export function twoConvCnn(options: TwoConvCnnOptions = {}): Sequential {
  const {
    filters = [32, 64],
    units = 128,
    dropoutRates = [0.25, 0.5],
    classes = 10,
    activation = 'relu',
    outputActivation = 'softmax',
  } = options;
  const layers = [
    new Conv2D({ filters: filters[0], kernelSize: 3, activation }),
    new Conv2D({ filters: filters[1], kernelSize: 3, activation }),
    new MaxPooling2D({ poolSize: 2 }),
    new Dropout({ rate: dropoutRates[0] }),
    new Flatten(),
    new Dense({ units, activation }),
    new Dropout({ rate: dropoutRates[1] }),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'two-conv-cnn', optionKeys: twoConvCnnOptionKeys, defaultInputShape: [28, 28, 1], layers },
    options,
  );
}
