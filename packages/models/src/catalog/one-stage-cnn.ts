import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Flatten } from '../layers/flatten';
import { MaxPooling2D } from '../layers/max-pooling2d';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link oneStageCnn}. */
export interface OneStageCnnOptions extends CatalogModelOptions {
  /**
   * Filters of the convolution.
   * @default 5
   */
  filters?: number;
}

const oneStageCnnOptionKeys: OptionKeys<OneStageCnnOptions> = { ...catalogOptionKeys, filters: true };

/**
 * `one-stage-cnn`: conv 5@3x3 relu → max-pool 2 → flatten → dense softmax on the 8x8 digits
 * (510 parameters; 6,410 with 64 filters).
 */
export function oneStageCnn(options: OneStageCnnOptions = {}): Sequential {
  const { filters = 5, classes = 10, activation = 'relu', outputActivation = 'softmax' } = options;
  const layers = [
    new Conv2D({ filters, kernelSize: 3, activation }),
    new MaxPooling2D({ poolSize: 2 }),
    new Flatten(),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'one-stage-cnn', optionKeys: oneStageCnnOptionKeys, defaultInputShape: [8, 8, 1], layers },
    options,
  );
}
