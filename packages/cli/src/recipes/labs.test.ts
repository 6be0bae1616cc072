import { type CatalogModelOptions, createModel } from '@digitlab/models';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRecipe } from './check-recipe';
import { findLab, labNames, labs } from './labs';
import { seedFiles } from './seed-figure';

// The Keras summaries the seeds print (or, for 000 and 004's hand-written MLP, the counts their text gives).
const seedParams: Record<string, number> = {
  xor: 32,
  'digits-perceptron': 650,
  'digits-cnn': 510,
  'digits-cnn-64': 6_410,
  'mnist-cnn': 216_650,
  'mnist-dropout-cnn': 2_770_634,
  'mnist-two-conv-cnn': 1_199_882,
  'tiny-cnn': 5_899,
  lenet5: 44_426,
  'optimizer-study': 238_510,
  'mlp-500-300': 545_810,
  'scratch-mlp-3x300': 419_110,
  'fashion-lenet-leaky': 35_626,
  'fashion-lenet-elu': 157_606,
};

describe('the labs', () => {
  // Building the models needs a backend; cpu is all a parameter count needs.
  beforeAll(() => tf.setBackend('cpu'));

  it('are the seed labs: the eleven of before and the six at the seeds’ exact models', () => {
    expect(labNames).toEqual([
      'xor',
      'digits-perceptron',
      'digits-cnn',
      'digits-cnn-64',
      'mnist-cnn',
      'mnist-dropout-cnn',
      'mnist-two-conv-cnn',
      'tiny-cnn',
      'lenet5',
      'mlp',
      'optimizer-study',
      'mlp-500-300',
      'scratch-mlp',
      'scratch-mlp-3x300',
      'fashion-lenet',
      'fashion-lenet-leaky',
      'fashion-lenet-elu',
    ]);
  });

  it("each lab's model takes its data set's samples", () => {
    for (const lab of labs) expect(() => checkRecipe(lab)).not.toThrow();
  });

  it("builds each lab's model with its seed's parameter count", () => {
    const before = tf.memory().numTensors;
    for (const lab of labs) {
      const options: CatalogModelOptions & { hiddenSizes?: readonly number[]; filters?: number } = {
        seed: 1,
      };
      if (lab.hiddenSizes !== undefined) options.hiddenSizes = lab.hiddenSizes;
      if (lab.filters !== undefined) options.filters = lab.filters;
      const model = createModel(lab.model, options);
      expect(model.countParams(), lab.name).toBe(lab.params);
      model.dispose();
      for (const figure of lab.seedFigures) expect(figure.params, lab.name).toBe(lab.params);
      if (lab.seedFigures.length > 0) expect(lab.params, lab.name).toBe(seedParams[lab.name]);
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(labs.filter((lab) => lab.seedFigures.length > 0).map((lab) => lab.name)).toEqual(
      Object.keys(seedParams),
    );
  });

  it("keep the seeds' recipes: optimizer, batch, epochs and data protocol", () => {
    // Seed 001, cells [223]–[232]: adam at Keras' default rate, Keras' batch 32, 200 epochs; 20% of the 800
    // points to test, then `test_size=20`, an integer: 20 of the 640 left validate. It prints 0.918750.
    const xor = findLab('xor');
    expect(xor).toMatchObject({
      model: 'xor-mlp',
      optimizer: 'adam',
      learningRate: undefined,
      batchSize: 32,
      epochs: 200,
      testSplit: 0.2,
      seedFigures: [{ metric: 'accuracy', value: 0.91875, seed: seedFiles['001'] }],
    });
    expect(xor.validationSplit * 640).toBe(20);
    // Seed 001, exercise 2, cells [6], [20], [21]: Dense(10, softmax), adam, batch 128, 100 epochs, 25% twice.
    const digits = { dataset: 'digits', testSplit: 0.25, validationSplit: 0.25, batchSize: 128, epochs: 100 };
    const perceptron = findLab('digits-perceptron');
    expect(perceptron).toMatchObject({
      model: 'perceptron',
      optimizer: 'adam',
      learningRate: undefined,
      ...digits,
      seedFigures: [{ metric: 'accuracy', value: 0.906667, seed: seedFiles['001'] }],
    });
    expect(perceptron.title).not.toMatch(/SGD/);
    // Seed 000, cells [9] and [22]: the same protocol for the one-stage CNN, 5 filters and 64.
    expect(findLab('digits-cnn')).toMatchObject({
      model: 'one-stage-cnn',
      filters: undefined,
      optimizer: 'adam',
      learningRate: undefined,
      ...digits,
      seedFigures: [{ metric: 'accuracy', value: 0.913333, seed: seedFiles['000'] }],
    });
    // Seeds 000 and 001 feed the pixels unscaled (0..16); the labs scale them and say so.
    for (const name of ['digits-perceptron', 'digits-cnn', 'digits-cnn-64']) {
      expect(findLab(name).seedFigures[0]?.note, name).toMatch(/unscaled, 0\.\.16.*scales them to 0\.\.1/);
    }
    // Seed 002: adam, 10 epochs, 30% of the 60,000 training images validate (42,000/18,000); its batch size
    // is not printed, which each figure's note says.
    for (const name of ['mnist-cnn', 'mnist-dropout-cnn', 'mnist-two-conv-cnn']) {
      const entry = findLab(name);
      expect(entry, name).toMatchObject({
        dataset: 'mnist',
        optimizer: 'adam',
        learningRate: undefined,
        batchSize: 128,
        epochs: 10,
        validationSplit: 0.3,
      });
      expect(entry.seedFigures[0]?.note, name).toMatch(/does not print its batch size/);
    }
    // Seed 003: RMSprop, batch 512, 75 epochs, validation_split=0.2 of the official training files.
    expect(findLab('tiny-cnn')).toMatchObject({
      dataset: 'mnist',
      optimizer: 'rmsprop',
      learningRate: undefined,
      batchSize: 512,
      epochs: 75,
      validationSplit: 0.2,
      pooled: false,
      testSplit: 0,
      seedFigures: [{ metric: 'accuracy', value: 0.9863, seed: seedFiles['003'] }],
    });
    expect(findLab('digits-cnn-64')).toMatchObject({
      model: 'one-stage-cnn',
      filters: 64,
      optimizer: 'adam',
      batchSize: 128,
      epochs: 100,
      testSplit: 0.25,
      validationSplit: 0.25,
      seedFigures: [{ metric: 'accuracy', value: 0.984444, seed: seedFiles['000'] }],
    });
    const seed004 = { batchSize: 32, epochs: 10, testSplit: 0.2, pooled: true, validationSplit: 0 };
    expect(findLab('mlp-500-300')).toMatchObject({
      hiddenSizes: [500, 300],
      optimizer: 'rmsprop',
      ...seed004,
    });
    expect(findLab('lenet5')).toMatchObject({ model: 'lenet5', optimizer: 'adam', ...seed004 });
    for (const name of ['fashion-lenet-leaky', 'fashion-lenet-elu']) {
      expect(findLab(name)).toMatchObject({ dataset: 'fashion-mnist', optimizer: 'adam', ...seed004 });
    }
    expect(findLab('scratch-mlp-3x300')).toMatchObject({
      model: 'scratch-mlp',
      hiddenSizes: [300, 300, 300],
      optimizer: 'sgd',
      learningRate: 0.1,
      batchSize: 128,
      epochs: 50,
      testSplit: 0.2,
      pooled: true,
      seedFigures: [{ metric: 'error', value: 0.019 }],
    });
    const study = findLab('optimizer-study');
    expect(study).toMatchObject({ model: 'mlp', hiddenSizes: [300], ...seed004 });
    expect(study.compareOptimizers).toEqual([
      { name: 'sgd', optimizer: 'sgd' },
      { name: 'sgd-momentum', optimizer: 'sgd', options: { momentum: 0.9, decay: 1e-6 } },
      { name: 'adadelta', optimizer: 'adadelta' },
      { name: 'adam', optimizer: 'adam' },
      { name: 'adagrad', optimizer: 'adagrad' },
      { name: 'rmsprop', optimizer: 'rmsprop' },
    ]);
    expect(study.seedFigures.map((figure) => [figure.run, figure.value])).toEqual([
      ['sgd', 0.0498],
      ['sgd-momentum', 0.0201],
      ['adadelta', 0.0192],
      ['adam', 0.0226],
      ['adagrad', 0.0186],
      ['rmsprop', 0.0157],
    ]);
    // Seed 002 uses MNIST's official files; its CNN labs show the probability histogram.
    for (const name of ['mnist-cnn', 'mnist-dropout-cnn', 'mnist-two-conv-cnn']) {
      expect(findLab(name)).toMatchObject({
        pooled: false,
        testSplit: 0,
        analyses: ['probability-histogram'],
      });
    }
  });

  it('keep the settings of the labs no seed prints', () => {
    expect(findLab('scratch-mlp')).toMatchObject({
      hiddenSizes: [100],
      optimizer: 'sgd',
      learningRate: 0.1,
      epochs: 20,
      batchSize: 64,
    });
    expect(findLab('mlp')).toMatchObject({ hiddenSizes: [300], epochs: 20, batchSize: 128 });
    expect(findLab('fashion-lenet')).toMatchObject({ model: 'lenet5', dataset: 'fashion-mnist', epochs: 10 });
    expect(() => findLab('lenet')).toThrow("Did you mean 'lenet5'?");
  });

  it('marks as fast only the labs that train in seconds', () => {
    expect(labs.filter((lab) => lab.fast).map((lab) => lab.name)).toEqual([
      'xor',
      'digits-perceptron',
      'digits-cnn',
      'digits-cnn-64',
    ]);
  });
});
