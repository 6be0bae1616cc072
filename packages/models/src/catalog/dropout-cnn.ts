import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Dropout } from '../layers/dropout';
import { Flatten } from '../layers/flatten';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link dropoutCnn}. */
export interface DropoutCnnOptions extends CatalogModelOptions {
  /**
   * Filters of the convolution.
   * @default 32
   */
  filters?: number;
  /**
   * Units of the hidden dense layer.
   * @default 128
   */
  units?: number;
  /**
   * Dropout rates after the convolution and after the hidden dense layer.
   * @default [0.25, 0.5]
   */
  dropoutRates?: readonly [number, number];
}

const dropoutCnnOptionKeys: OptionKeys<DropoutCnnOptions> = {
  ...catalogOptionKeys,
  filters: true,
  units: true,
  dropoutRates: true,
};

/**
 * `dropout-cnn`: conv 32@3x3 → dropout .25 → flatten → dense 128 → dropout .5 → dense softmax on
 * 28x28x1 (2,770,634 parameters).
 */
export function dropoutCnn(options: DropoutCnnOptions = {}): Sequential {
  const {
    filters = 32,
    units = 128,
    dropoutRates = [0.25, 0.5],
    classes = 10,
    activation = 'relu',
    outputActivation = 'softmax',
  } = options;
  const layers = [
    new Conv2D({ filters, kernelSize: 3, activation }),
    new Dropout({ rate: dropoutRates[0] }),
    new Flatten(),
    new Dense({ units, activation }),
    new Dropout({ rate: dropoutRates[1] }),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'dropout-cnn', optionKeys: dropoutCnnOptionKeys, defaultInputShape: [28, 28, 1], layers },
    options,
  );
}
