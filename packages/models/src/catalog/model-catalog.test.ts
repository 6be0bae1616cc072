import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParamBudgetError } from '../errors/param-budget-error';
import { UnknownModelError } from '../errors/unknown-model-error';
import { Sequential } from '../model/sequential';
import { ScratchMlp } from '../scratch/scratch-mlp';
import { createModel, type ModelName, modelCatalog } from './model-catalog';

// Keras' summaries of the same architectures: per-layer output shapes (batch axis left out) and params.
const keras: Record<Exclude<ModelName, 'scratch-mlp'>, [string, number[], number][]> = {
  'xor-mlp': [
    ['Dense', [6], 18],
    ['Dense', [2], 14],
  ],
  perceptron: [['Dense', [10], 650]],
  'one-stage-cnn': [
    ['Conv2D', [6, 6, 5], 50],
    ['MaxPooling2D', [3, 3, 5], 0],
    ['Flatten', [45], 0],
    ['Dense', [10], 460],
  ],
  'mnist-cnn': [
    ['Conv2D', [26, 26, 32], 320],
    ['Flatten', [21632], 0],
    ['Dense', [10], 216330],
  ],
  'dropout-cnn': [
    ['Conv2D', [26, 26, 32], 320],
    ['Dropout', [26, 26, 32], 0],
    ['Flatten', [21632], 0],
    ['Dense', [128], 2769024],
    ['Dropout', [128], 0],
    ['Dense', [10], 1290],
  ],
  'two-conv-cnn': [
    ['Conv2D', [26, 26, 32], 320],
    ['Conv2D', [24, 24, 64], 18496],
    ['MaxPooling2D', [12, 12, 64], 0],
    ['Dropout', [12, 12, 64], 0],
    ['Flatten', [9216], 0],
    ['Dense', [128], 1179776],
    ['Dropout', [128], 0],
    ['Dense', [10], 1290],
  ],
  'tiny-cnn': [
    ['Conv2D', [26, 26, 10], 100],
    ['MaxPooling2D', [13, 13, 10], 0],
    ['Dropout', [13, 13, 10], 0],
    ['Conv2D', [11, 11, 4], 364],
    ['MaxPooling2D', [6, 6, 4], 0],
    ['Flatten', [144], 0],
    ['Dense', [35], 5075],
    ['Dropout', [35], 0],
    ['Dense', [10], 360],
  ],
  lenet5: [
    ['Conv2D', [24, 24, 6], 156],
    ['MaxPooling2D', [12, 12, 6], 0],
    ['Conv2D', [8, 8, 16], 2416],
    ['MaxPooling2D', [4, 4, 16], 0],
    ['Flatten', [256], 0],
    ['Dense', [120], 30840],
    ['Dense', [84], 10164],
    ['Dense', [10], 850],
  ],
  // Seed 004's printed summaries of its two Fashion-MNIST variants.
  'lenet-leaky': [
    ['Conv2D', [24, 24, 6], 156],
    ['MaxPooling2D', [12, 12, 6], 0],
    ['Conv2D', [8, 8, 16], 2416],
    ['MaxPooling2D', [4, 4, 16], 0],
    ['Conv2D', [2, 2, 16], 2320],
    ['Flatten', [64], 0],
    ['Dense', [200], 13000],
    ['Dense', [84], 16884],
    ['Dense', [10], 850],
  ],
  'lenet-elu': [
    ['Conv2D', [24, 24, 6], 156],
    ['MaxPooling2D', [12, 12, 6], 0],
    ['Conv2D', [8, 8, 16], 2416],
    ['MaxPooling2D', [4, 4, 16], 0],
    ['Flatten', [256], 0],
    ['Dense', [300], 77100],
    ['Dense', [200], 60200],
    ['Dense', [84], 16884],
    ['Dense', [10], 850],
  ],
  mlp: [
    ['Dense', [300], 235500],
    ['Dense', [10], 3010],
  ],
};

// The table.
const published: Record<ModelName, number> = {
  'xor-mlp': 32,
  perceptron: 650,
  'one-stage-cnn': 510,
  'mnist-cnn': 216_650,
  'dropout-cnn': 2_770_634,
  'two-conv-cnn': 1_199_882,
  'tiny-cnn': 5_899,
  lenet5: 44_426,
  'lenet-leaky': 35_626,
  'lenet-elu': 157_606,
  mlp: 238_510,
  'scratch-mlp': 238_510,
};

describe('model catalog', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it.each(Object.entries(keras))('%s has Keras’ layer output shapes and parameter counts', (name, rows) => {
    const model = createModel(name as ModelName, { seed: 1 }) as Sequential;
    const summary = model.summary();
    expect(summary.layers.map((layer) => [layer.type, layer.outputShape.slice(1), layer.params])).toEqual(
      rows,
    );
    expect(summary.totalParams).toBe(published[name as ModelName]);
    expect(model.countParams()).toBe(published[name as ModelName]);
    model.dispose();
  });

  it('lists every model with its published count and default input, and creates each of them', () => {
    expect(modelCatalog.map((entry) => entry.name).sort()).toEqual(Object.keys(published).sort());
    for (const entry of modelCatalog) {
      expect(entry.params).toBe(published[entry.name]);
      const model = createModel(entry.name, { seed: 2 });
      expect(model.inputShape).toEqual(entry.inputShape);
      expect(model.outputUnits).toBe(10 - (entry.name === 'xor-mlp' ? 8 : 0));
      model.dispose();
    }
  });

  it('takes sizes as options: 64 filters, [500, 300] hidden units, 3 classes', () => {
    const counts = [
      createModel('one-stage-cnn', { filters: 64 }),
      createModel('mlp', { hiddenSizes: [500, 300] }),
      createModel('scratch-mlp', { hiddenSizes: [500, 300] }),
      createModel('perceptron', { classes: 3 }),
    ].map((model) => {
      const params = model.countParams();
      model.dispose();
      return params;
    });
    expect(counts).toEqual([6_410, 545_810, 545_810, 195]);
  });

  it('flattens image inputs for vector models', () => {
    const model = createModel('mlp', { inputShape: [28, 28, 1], seed: 3 });
    expect(model.layers.map((layer) => layer.className)).toEqual(['InputLayer', 'Flatten', 'Dense', 'Dense']);
    expect(model.countParams()).toBe(238_510);
    model.dispose();
  });

  it('defaults to relu hidden layers and a softmax output, and takes other activations', () => {
    const lenet = createModel('lenet5', { seed: 4 });
    expect(lenet.outputActivation).toBe('softmax');
    expect(lenet.summary().layers.length).toBe(8);
    const activations = lenet.layers.flatMap((layer) => ('activation' in layer ? [layer.activation] : []));
    expect(activations).toEqual(['relu', 'relu', 'relu', 'relu', 'softmax']);
    lenet.dispose();
    const tanh = createModel('xor-mlp', { activation: 'tanh', outputActivation: 'sigmoid', classes: 1 });
    expect(tanh.layers.flatMap((layer) => ('activation' in layer ? [layer.activation] : []))).toEqual([
      'tanh',
      'sigmoid',
    ]);
    expect(tanh.outputUnits).toBe(1);
    tanh.dispose();
    const variants = [createModel('lenet-leaky', { seed: 5 }), createModel('lenet-elu', { seed: 5 })];
    expect(
      variants.map((model) =>
        model.layers.flatMap((layer) => ('activation' in layer ? [layer.activation] : [])),
      ),
    ).toEqual([
      ['leakyRelu', 'leakyRelu', 'leakyRelu', 'leakyRelu', 'leakyRelu', 'softmax'],
      ['elu', 'elu', 'elu', 'elu', 'elu', 'softmax'],
    ]);
    for (const model of variants) model.dispose();
  });

  it('gives the same weights for the same seed and different ones for another seed', async () => {
    const weightsOf = async (seed: number) => {
      const model = createModel('tiny-cnn', { seed });
      const weights = model.getWeights();
      const values = await Promise.all(weights.map((w) => w.data()));
      tf.dispose(weights);
      model.dispose();
      return values.map((v) => Array.from(v));
    };
    const [a, b, c] = await Promise.all([weightsOf(7), weightsOf(7), weightsOf(8)]);
    expect(a).toEqual(b);
    expect(a[0]).not.toEqual(c[0]);
  });

  it('throws a ParamBudgetError naming the count, leaving nothing allocated', () => {
    const error = (() => {
      try {
        createModel('mnist-cnn', { paramBudget: 100_000 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ParamBudgetError);
    expect(error).toMatchObject({ modelName: 'mnist-cnn', params: 216_650, budget: 100_000 });
    expect((error as Error).message).toMatch(/216,650 parameters.*Received: params=216650$/);
    expect(() => createModel('scratch-mlp', { paramBudget: 1000 })).toThrow(ParamBudgetError);
    const fits = createModel('tiny-cnn', { paramBudget: 5_899 });
    expect(fits).toBeInstanceOf(Sequential);
    fits.dispose();
  });

  it('throws an UnknownModelError listing the catalog', () => {
    expect(() => createModel('resnet')).toThrow(UnknownModelError);
    expect(() => createModel('resnet')).toThrow(/lenet5.*Received: name="resnet"$/);
    const scratch = createModel('scratch-mlp', { seed: 1 });
    expect(scratch).toBeInstanceOf(ScratchMlp);
    scratch.dispose();
  });
});
