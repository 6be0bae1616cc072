import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Flatten } from '../layers/flatten';
import type { Sequential } from '../model/sequential';
import type { OptionKeys } from '../options/check-option-keys';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link mnistCnn}. */
export interface MnistCnnOptions extends CatalogModelOptions {
  /**
   * Filters of the convolution.
   * @default 32
   */
  filters?: number;
}

const mnistCnnOptionKeys: OptionKeys<MnistCnnOptions> = { ...catalogOptionKeys, filters: true };

/** `mnist-cnn`: conv 32@3x3 relu → flatten → dense softmax on 28x28x1 (216,650 parameters). */
export function mnistCnn(options: MnistCnnOptions = {}): Sequential {
  const { filters = 32, classes = 10, activation = 'relu', outputActivation = 'softmax' } = options;
  const layers = [
    new Conv2D({ filters, kernelSize: 3, activation }),
    new Flatten(),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'mnist-cnn', optionKeys: mnistCnnOptionKeys, defaultInputShape: [28, 28, 1], layers },
    options,
  );
}
