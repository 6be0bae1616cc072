export type { TrainableModel } from '@digitlab/spec/model';
export { type ActivationName, activationNames, eluAlpha, leakyReluAlpha } from './activations/activation';
export type { CatalogModelOptions } from './catalog/catalog-model-options';
export { type DropoutCnnOptions, dropoutCnn } from './catalog/dropout-cnn';
export { type LenetEluOptions, lenetElu } from './catalog/lenet-elu';
export { type LenetLeakyOptions, lenetLeaky } from './catalog/lenet-leaky';
export { type Lenet5Options, lenet5 } from './catalog/lenet5';
export { type MlpOptions, mlp } from './catalog/mlp';
export { type MnistCnnOptions, mnistCnn } from './catalog/mnist-cnn';
export {
  type CatalogEntry,
  createModel,
  isModelName,
  type ModelByName,
  type ModelName,
  type ModelOptionsByName,
  modelCatalog,
} from './catalog/model-catalog';
export { type OneStageCnnOptions, oneStageCnn } from './catalog/one-stage-cnn';
export { type PerceptronOptions, perceptron } from './catalog/perceptron';
export { type TinyCnnOptions, tinyCnn } from './catalog/tiny-cnn';
export { type TwoConvCnnOptions, twoConvCnn } from './catalog/two-conv-cnn';
export { type XorMlpOptions, xorMlp } from './catalog/xor-mlp';
export { InvalidOptionError } from './errors/invalid-option-error';
export { type FileSizeLimit, ModelFileError } from './errors/model-file-error';
export { ModelFormatError } from './errors/model-format-error';
export { ModelStateError } from './errors/model-state-error';
export { ModelsError } from './errors/models-error';
export { ParamBudgetError } from './errors/param-budget-error';
export { ShapeError } from './errors/shape-error';
export { UnknownModelError } from './errors/unknown-model-error';
export { WeightsMismatchError } from './errors/weights-mismatch-error';
export { WeightsPathError } from './errors/weights-path-error';
export { WeightsSizeError } from './errors/weights-size-error';
export { type Initializer, type InitializerName, initializers } from './initializers/initializer';
export { defaultMaxModelJsonBytes, type FileSystemOptions, fileSystem } from './io/file-system';
export { loadModel } from './io/load-model';
export { save } from './io/save';
export { Activation, type ActivationConfig, type ActivationOptions } from './layers/activation-layer';
export { AveragePooling2D } from './layers/average-pooling2d';
export { Conv2D, type Conv2DConfig, type Conv2DOptions } from './layers/conv2d';
export { Dense, type DenseConfig, type DenseOptions } from './layers/dense';
export { Dropout, type DropoutConfig, type DropoutOptions } from './layers/dropout';
export { Flatten } from './layers/flatten';
export { type InputConfig, InputLayer, type InputOptions } from './layers/input-layer';
export {
  type ApplyOptions,
  Layer,
  type LayerConfig,
  type LayerOptions,
  type LayerWeight,
  type Shape,
} from './layers/layer';
export {
  deserializeLayer,
  type LayerFromConfig,
  registeredLayerClasses,
  registerLayer,
  type SerializedLayer,
  serializeLayer,
} from './layers/layer-registry';
export { layers } from './layers/layers';
export { MaxPooling2D } from './layers/max-pooling2d';
export { Pooling2D, type Pooling2DConfig, type Pooling2DOptions } from './layers/pooling2d';
export type { Padding, SizeOption } from './layers/validate-options';
export type { LayerSummary, ModelSummary } from './model/model-summary';
export type { PredictOptions } from './model/predict-in-batches';
export { Sequential } from './model/sequential';
export type { FromConfigOptions, SequentialConfig, SequentialOptions } from './model/sequential-options';
export type { ScratchActivation } from './scratch/backpropagate';
export { ScratchMlp } from './scratch/scratch-mlp';
export type { ScratchMlpOptions } from './scratch/scratch-mlp-options';
