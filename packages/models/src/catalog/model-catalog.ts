import { UnknownModelError } from '../errors/unknown-model-error';
import type { Sequential } from '../model/sequential';
import { ScratchMlp } from '../scratch/scratch-mlp';
import type { ScratchMlpOptions } from '../scratch/scratch-mlp-options';
import type { CatalogModelOptions } from './catalog-model-options';
import { type DropoutCnnOptions, dropoutCnn } from './dropout-cnn';
import { type LenetEluOptions, lenetElu } from './lenet-elu';
import { type LenetLeakyOptions, lenetLeaky } from './lenet-leaky';
import { type Lenet5Options, lenet5 } from './lenet5';
import { type MlpOptions, mlp } from './mlp';
import { type MnistCnnOptions, mnistCnn } from './mnist-cnn';
import { type OneStageCnnOptions, oneStageCnn } from './one-stage-cnn';
import { type PerceptronOptions, perceptron } from './perceptron';
import { type TinyCnnOptions, tinyCnn } from './tiny-cnn';
import { type TwoConvCnnOptions, twoConvCnn } from './two-conv-cnn';
import { type XorMlpOptions, xorMlp } from './xor-mlp';

/** Options of each catalog model, by name. */
export interface ModelOptionsByName {
  'xor-mlp': XorMlpOptions;
  perceptron: PerceptronOptions;
  'one-stage-cnn': OneStageCnnOptions;
  'mnist-cnn': MnistCnnOptions;
  'dropout-cnn': DropoutCnnOptions;
  'two-conv-cnn': TwoConvCnnOptions;
  'tiny-cnn': TinyCnnOptions;
  lenet5: Lenet5Options;
  'lenet-leaky': LenetLeakyOptions;
  'lenet-elu': LenetEluOptions;
  mlp: MlpOptions;
  'scratch-mlp': ScratchMlpOptions;
}

/** A catalog model's name. */
export type ModelName = keyof ModelOptionsByName;

/** What each name creates: the hand-written MLP, or a {@link Sequential}. */
export type ModelByName = { [N in ModelName]: N extends 'scratch-mlp' ? ScratchMlp : Sequential };

/** One catalog entry, for CLIs and docs. */
export interface CatalogEntry {
  name: ModelName;
  /** The architecture in one line. */
  description: string;
  /** Default shape of one input sample. */
  inputShape: readonly number[];
  /** Parameter count with the default options (Keras' figure for the same architecture). */
  params: number;
}

/** Every model the labs use, with its default input and published parameter count. */
export const modelCatalog: readonly CatalogEntry[] = [
  { name: 'xor-mlp', description: 'dense 6 relu → dense 2 softmax', inputShape: [2], params: 32 },
  { name: 'perceptron', description: 'dense 10 softmax', inputShape: [64], params: 650 },
  {
    name: 'one-stage-cnn',
    description: 'conv 5@3x3 relu → maxpool 2 → flatten → dense 10 softmax',
    inputShape: [8, 8, 1],
    params: 510,
  },
  {
    name: 'mnist-cnn',
    description: 'conv 32@3x3 relu → flatten → dense 10 softmax',
    inputShape: [28, 28, 1],
    params: 216_650,
  },
  {
    name: 'dropout-cnn',
    description: 'conv 32@3x3 → dropout .25 → flatten → dense 128 → dropout .5 → dense 10',
    inputShape: [28, 28, 1],
    params: 2_770_634,
  },
  {
    name: 'two-conv-cnn',
    description:
      'conv 32@3x3 → conv 64@3x3 → maxpool 2 → dropout .25 → flatten → dense 128 → dropout .5 → dense 10',
    inputShape: [28, 28, 1],
    params: 1_199_882,
  },
  {
    name: 'tiny-cnn',
    description:
      'conv 10@3x3 → maxpool 2 same → dropout .1 → conv 4@3x3 → maxpool 2 same → flatten → dense 35 → dropout .1 → dense 10',
    inputShape: [28, 28, 1],
    params: 5_899,
  },
  {
    name: 'lenet5',
    description:
      'conv 6@5x5 → maxpool 2 → conv 16@5x5 → maxpool 2 → flatten → dense 120 → dense 84 → dense 10',
    inputShape: [28, 28, 1],
    params: 44_426,
  },
  {
    name: 'lenet-leaky',
    description:
      'conv 6@5x5 → maxpool 2 → conv 16@5x5 → maxpool 2 → conv 16@3x3 → flatten → dense 200 → dense 84 → dense 10, LeakyReLU',
    inputShape: [28, 28, 1],
    params: 35_626,
  },
  {
    name: 'lenet-elu',
    description:
      'conv 6@5x5 → maxpool 2 → conv 16@5x5 → maxpool 2 → flatten → dense 300 → dense 200 → dense 84 → dense 10, ELU',
    inputShape: [28, 28, 1],
    params: 157_606,
  },
  { name: 'mlp', description: 'dense 300 relu → dense 10 softmax', inputShape: [784], params: 238_510 },
  {
    name: 'scratch-mlp',
    description: 'dense 300 relu → dense 10 softmax, backpropagation written out, no autodiff',
    inputShape: [784],
    params: 238_510,
  },
];

const factories: { [N in ModelName]: (options: ModelOptionsByName[N]) => ModelByName[N] } = {
  'xor-mlp': xorMlp,
  perceptron,
  'one-stage-cnn': oneStageCnn,
  'mnist-cnn': mnistCnn,
  'dropout-cnn': dropoutCnn,
  'two-conv-cnn': twoConvCnn,
  'tiny-cnn': tinyCnn,
  lenet5,
  'lenet-leaky': lenetLeaky,
  'lenet-elu': lenetElu,
  mlp,
  'scratch-mlp': (options) => new ScratchMlp(options),
};

/** Whether `name` is in the catalog. */
export function isModelName(name: string): name is ModelName {
  return Object.hasOwn(factories, name);
}

/** Creates and builds a catalog model by name; unknown names throw an UnknownModelError. */
export function createModel<N extends ModelName>(name: N, options?: ModelOptionsByName[N]): ModelByName[N];
export function createModel(name: string, options?: CatalogModelOptions): Sequential | ScratchMlp;
export function createModel(name: string, options: CatalogModelOptions = {}): Sequential | ScratchMlp {
  if (!isModelName(name)) throw new UnknownModelError(name, Object.keys(factories));
  return (factories[name] as (options: CatalogModelOptions) => Sequential | ScratchMlp)(options);
}
