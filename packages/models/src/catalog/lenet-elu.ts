import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Flatten } from '../layers/flatten';
import { MaxPooling2D } from '../layers/max-pooling2d';
import type { Sequential } from '../model/sequential';
import { buildCatalogModel } from './build-catalog-model';
import { type CatalogModelOptions, catalogOptionKeys } from './catalog-model-options';

/** Options of {@link lenetElu}; `activation` defaults to `'elu'` (Keras' alpha 1). */
export type LenetEluOptions = CatalogModelOptions;

/**
 * `lenet-elu`: seed 004's second Fashion-MNIST LeNet variant: conv 6@5x5 → max-pool 2 → conv 16@5x5 →
 * max-pool 2 → flatten → dense 300 → dense 200 → dense 84 → dense softmax, ELU everywhere but the output,
 * on 28x28x1 (157,606 parameters). The seed's code cell says 80 units for the third dense layer, but its
 * printed summary (16,884 parameters there, 157,606 in all) is of 84 units: the summary is what ran.
 */
export function lenetElu(options: LenetEluOptions = {}): Sequential {
  const { classes = 10, activation = 'elu', outputActivation = 'softmax' } = options;
  const layers = [
    new Conv2D({ filters: 6, kernelSize: 5, activation }),
    new MaxPooling2D({ poolSize: 2 }),
    new Conv2D({ filters: 16, kernelSize: 5, activation }),
    new MaxPooling2D({ poolSize: 2 }),
    new Flatten(),
    new Dense({ units: 300, activation }),
    new Dense({ units: 200, activation }),
    new Dense({ units: 84, activation }),
    new Dense({ units: classes, activation: outputActivation }),
  ];
  return buildCatalogModel(
    { name: 'lenet-elu', defaultInputShape: [28, 28, 1], layers, optionKeys: catalogOptionKeys },
    options,
  );
}
