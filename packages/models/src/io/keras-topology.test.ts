import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { ModelFormatError } from '../errors/model-format-error';
import { layers } from '../layers/layers';
import { Sequential } from '../model/sequential';
import { fromKerasTopology } from './from-keras-topology';
import { loadModel } from './load-model';
import { toKerasTopology } from './to-keras-topology';

const formatError = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFormatError);
    return error as ModelFormatError;
  }
  throw new Error('expected a ModelFormatError');
};

// A topology as Keras 2 (Python) writes it: an InputLayer entry, VarianceScaling-style and named
// initializers, regularizer and constraint fields, all wrapped in model_config.
const kerasPython = {
  model_config: {
    class_name: 'Sequential',
    config: {
      name: 'sequential',
      layers: [
        {
          class_name: 'InputLayer',
          config: { batch_input_shape: [null, 28, 28, 1], dtype: 'float32', name: 'input_1' },
        },
        {
          class_name: 'Conv2D',
          config: {
            name: 'conv2d',
            trainable: true,
            dtype: 'float32',
            filters: 32,
            kernel_size: [3, 3],
            strides: [1, 1],
            padding: 'valid',
            data_format: 'channels_last',
            dilation_rate: [1, 1],
            groups: 1,
            activation: 'relu',
            use_bias: true,
            kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } },
            bias_initializer: { class_name: 'Zeros', config: {} },
            kernel_regularizer: null,
          },
        },
        { class_name: 'Flatten', config: { name: 'flatten', trainable: true, data_format: 'channels_last' } },
        {
          class_name: 'Dense',
          config: {
            name: 'dense',
            trainable: true,
            units: 10,
            activation: 'softmax',
            use_bias: true,
            kernel_initializer: {
              class_name: 'VarianceScaling',
              config: { scale: 2, mode: 'fan_in', distribution: 'truncated_normal', seed: null },
            },
            bias_initializer: { class_name: 'RandomNormal', config: { mean: 0, stddev: 0.05 } },
          },
        },
      ],
    },
  },
  training_config: {},
};

describe('Keras topology', () => {
  it('folds the input layer into batch_input_shape and writes Keras’ class names and objects', () => {
    const model = new Sequential({
      name: 'm',
      seed: 1,
      layers: [
        layers.input({ shape: [8, 8, 1] }),
        layers.conv2d({ filters: 2, kernelSize: 3, kernelInitializer: 'heNormal' }),
        layers.flatten(),
        layers.dense({ units: 3, activation: 'softmax' }),
      ],
    }).build();
    const topology = toKerasTopology(model, 'test');
    expect(topology.config.layers.map((layer) => layer.class_name)).toEqual(['Conv2D', 'Flatten', 'Dense']);
    expect(topology.config.layers[0]!.config).toMatchObject({
      name: 'conv2d_1',
      batch_input_shape: [null, 8, 8, 1],
      kernel_size: [3, 3],
      strides: [1, 1],
      use_bias: true,
      data_format: 'channels_last',
      kernel_initializer: { class_name: 'HeNormal', config: { seed: null } },
      bias_initializer: { class_name: 'Zeros', config: {} },
    });
    expect(topology.config.layers[1]!.config).not.toHaveProperty('batch_input_shape');
    model.dispose();
  });

  it('writes a leakyRelu activation as Keras’ LeakyReLU layer', () => {
    const model = new Sequential({
      layers: [
        layers.dense({ units: 2, activation: 'leakyRelu' }),
        layers.activation({ activation: 'leakyRelu' }),
      ],
    }).build([3]);
    const written = toKerasTopology(model, 'test').config.layers;
    expect(written.map((layer) => [layer.class_name, layer.config.name, layer.config.activation])).toEqual([
      ['Dense', 'dense_1', 'linear'],
      ['LeakyReLU', 'dense_1_leaky_re_lu', undefined],
      ['LeakyReLU', 'activation_1', undefined],
    ]);
    expect(written[2]!.config.alpha).toBe(0.3);
    model.dispose();
  });

  it('reads Keras (Python) topologies, mapping initializers to ours', () => {
    const { name, layers: read } = fromKerasTopology(kerasPython);
    expect(name).toBe('sequential');
    expect(read.map((layer) => [layer.className, layer.name])).toEqual([
      ['InputLayer', 'input_1'],
      ['Conv2D', 'conv2d'],
      ['Flatten', 'flatten'],
      ['Dense', 'dense'],
    ]);
    expect(read[3]!.getConfig()).toMatchObject({ kernelInitializer: 'heNormal', biasInitializer: 'zeros' });
    const keras3 = fromKerasTopology({
      class_name: 'Sequential',
      config: {
        layers: [
          { class_name: 'Dense', config: { units: 1, batch_shape: [null, 4] }, module: 'keras.layers' },
        ],
      },
    });
    expect(keras3.layers.map((layer) => layer.getConfig())).toMatchObject([{ shape: [4] }, { units: 1 }]);
  });

  it.each([
    [
      'a functional model',
      { class_name: 'Functional', config: {} },
      'modelTopology',
      /only Keras 'Sequential'/,
    ],
    [
      'no layers',
      { class_name: 'Sequential', config: { layers: [] } },
      'modelTopology.config.layers',
      /non-empty/,
    ],
    [
      'an unknown layer',
      {
        class_name: 'Sequential',
        config: [{ class_name: 'LSTM', config: { units: 3, batch_input_shape: [null, 2, 3] } }],
      },
      'modelTopology.config.layers[0]',
      /unknown layer class.*Received: LSTM$/,
    ],
    [
      'a layer without config',
      { class_name: 'Sequential', config: { layers: [{ class_name: 'Dense' }] } },
      'modelTopology.config.layers[0]',
      /class_name and config/,
    ],
    [
      'a missing input shape',
      { class_name: 'Sequential', config: { layers: [{ class_name: 'Dense', config: { units: 2 } }] } },
      'modelTopology.config.layers[0]',
      /batch_input_shape/,
    ],
    [
      'an invalid option',
      {
        class_name: 'Sequential',
        config: { layers: [{ class_name: 'Dense', config: { units: -2, input_shape: [3] } }] },
      },
      'modelTopology.config.layers[0]',
      /`units` must be a positive integer.*Received: units=-2$/,
    ],
    [
      'channels-first data',
      {
        class_name: 'Sequential',
        config: [
          { class_name: 'MaxPooling2D', config: { data_format: 'channels_first', input_shape: [1, 4, 4] } },
        ],
      },
      'modelTopology.config.layers[0]',
      /channels_last/,
    ],
    [
      'a dilated convolution',
      {
        class_name: 'Sequential',
        config: [
          {
            class_name: 'Conv2D',
            config: { filters: 1, kernel_size: 3, dilation_rate: 2, input_shape: [9, 9, 1] },
          },
        ],
      },
      'modelTopology.config.layers[0]',
      /dilated/,
    ],
    [
      'an unsupported activation',
      {
        class_name: 'Sequential',
        config: [{ class_name: 'Dense', config: { units: 1, activation: 'selu', input_shape: [2] } }],
      },
      'modelTopology.config.layers[0]',
      /unsupported activation. Received: "selu"$/,
    ],
    [
      'a LeakyReLU with another slope',
      {
        class_name: 'Sequential',
        config: [{ class_name: 'LeakyReLU', config: { alpha: 0.2, input_shape: [2] } }],
      },
      'modelTopology.config.layers[0]',
      /alpha 0.3/,
    ],
  ])('rejects %s with a ModelFormatError naming where', (_, topology, location, message) => {
    const error = formatError(() => fromKerasTopology(topology));
    expect(error.location).toBe(location);
    expect(error.message).toMatch(message);
  });

  it('rejects weight data of the wrong length or weights missing from the manifest', async () => {
    const start = tf.memory().numTensors;
    const topology = {
      class_name: 'Sequential',
      config: [{ class_name: 'Dense', config: { units: 2, input_shape: [3] } }],
    };
    const specs: tf.io.WeightsManifestEntry[] = [
      { name: 'dense_1/kernel', shape: [3, 2], dtype: 'float32' },
      { name: 'dense_1/bias', shape: [2], dtype: 'float32' },
    ];
    await expect(
      loadModel(
        tf.io.fromMemory({ modelTopology: topology, weightSpecs: specs, weightData: new ArrayBuffer(20) }),
      ),
    ).rejects.toMatchObject({
      name: 'WeightsSizeError',
      expectedBytes: 32,
      receivedBytes: 20,
    });
    const renamed = specs.map((spec) => ({ ...spec, name: spec.name.replace('dense_1', 'other') }));
    await expect(
      loadModel(
        tf.io.fromMemory({ modelTopology: topology, weightSpecs: renamed, weightData: new ArrayBuffer(32) }),
      ),
    ).rejects.toThrow(
      /has no weight named dense_1\/kernel, which the topology needs with shape \[3,2\]\. Received: other\/kernel, other\/bias$/,
    );
    expect(tf.memory().numTensors).toBe(start);
  });
});
