import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Flatten } from '../layers/flatten';
import { MaxPooling2D } from '../layers/max-pooling2d';
import type { Sequential } from '../model/sequential';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link lenetLeaky}; `activation` defaults to `'leakyRelu'` (Keras' alpha 0.3). */
export type LenetLeakyOptions = CatalogModelOptions;

/**
 * `lenet-leaky`: seed 004's first Fashion-MNIST LeNet variant: conv 6@5x5 → max-pool 2 → conv 16@5x5 →
 * max-pool 2 → conv 16@3x3 → flatten → dense 200 → dense 84 → dense softmax, LeakyReLU everywhere but the
 * output, on 28x28x1 (35,626 parameters: the third convolution shrinks 4x4 to 2x2, so the first dense
 * layer sees 64 features).
 */
export function lenetLeaky(options: LenetLeakyOptions = {}): Sequential {
  const { classes = 10, activation = 'leakyRelu', outputActivation = 'softmax' } = options;
  const layers = [
    new Conv2D({ filters: 6, kernelSize: 5, activation }),
    new MaxPooling2D({ poolSize: 2 }),
    new Conv2D({ filters: 16, kernelSize: 5, activation }),
    new MaxPooling2D({ poolSize: 2 }),
    new Conv2D({ filters: 16, kernelSize: 3, activation }),
    new Flatten(),
    new Dense({ units: 200, activation }),
    new Dense({ units: 84, activation }),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'lenet-leaky', defaultInputShape: [28, 28, 1], layers, optionKeys: catalogOptionKeys },
    options,
  );
}
