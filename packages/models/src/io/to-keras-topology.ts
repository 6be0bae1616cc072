import { leakyReluAlpha } from '../activations/activation';
import type { InitializerName } from '../initializers/initializer';
import { InputLayer } from '../layers/input-layer';
import type { Layer } from '../layers/layer';
import { serializeLayer } from '../layers/layer-registry';
import type { Sequential } from '../model/sequential';
import { type KerasObject, toKerasInitializer, toSnakeCase } from './keras-names';

/** The `modelTopology` of a TF.js Layers model.json. */
export interface KerasTopology {
  class_name: 'Sequential';
  config: { name: string; layers: KerasObject[] };
  keras_version: string;
  backend: string;
}

const noRegularization = {
  kernel_regularizer: null,
  bias_regularizer: null,
  activity_regularizer: null,
  kernel_constraint: null,
  bias_constraint: null,
};

// Options Keras writes that our layers fix (channels-last data, no dilation, no regularization).
const fixedOptions: Record<string, Record<string, unknown>> = {
  Dense: noRegularization,
  Conv2D: { data_format: 'channels_last', dilation_rate: [1, 1], ...noRegularization },
  MaxPooling2D: { data_format: 'channels_last' },
  AveragePooling2D: { data_format: 'channels_last' },
  Dropout: { noise_shape: null },
};

const leakyReluLayer = (name: string, trainable: boolean): KerasObject => ({
  class_name: 'LeakyReLU',
  config: { alpha: leakyReluAlpha, name, trainable },
});

/**
 * One layer in Keras form. tfjs-layers has no leaky-relu activation string, so a leakyRelu activation
 * becomes Keras' `LeakyReLU` layer (after the dense or convolution, which then stays linear).
 */
function toKerasLayers(layer: Layer): KerasObject[] {
  const { className, config } = serializeLayer(layer);
  const { activation, ...options } = config;
  const leaky = activation === 'leakyRelu';
  if (className === 'Activation' && leaky) return [leakyReluLayer(layer.name, layer.trainable)];
  const kerasConfig: Record<string, unknown> = Object.fromEntries(
    Object.entries(options).map(([key, value]) => [
      toSnakeCase(key),
      key.endsWith('Initializer') ? toKerasInitializer(value as InitializerName) : value,
    ]),
  );
  if (activation !== undefined) kerasConfig.activation = leaky ? 'linear' : activation;
  return [
    { class_name: className, config: { ...kerasConfig, ...fixedOptions[className] } },
    ...(leaky ? [leakyReluLayer(`${layer.name}_leaky_re_lu`, layer.trainable)] : []),
  ];
}

/**
 * A built model's Keras-style topology, as tfjs-layers writes it: the input layer is folded into the
 * first layer's `batch_input_shape`.
 */
export function toKerasTopology(model: Sequential, kerasVersion: string): KerasTopology {
  const layers = model.layers.filter((layer) => !(layer instanceof InputLayer)).flatMap(toKerasLayers);
  const first = layers[0];
  if (first)
    Object.assign(first.config, { batch_input_shape: [null, ...model.inputShape], dtype: 'float32' });
  return {
    class_name: 'Sequential',
    config: { name: model.name, layers },
    keras_version: kerasVersion,
    backend: 'tensor_flow.js',
  };
}
