import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModel } from '../catalog/model-catalog';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { MaxPooling2D } from '../layers/max-pooling2d';
import { Sequential } from '../model/sequential';
import { ScratchMlp } from '../scratch/scratch-mlp';

let tensorsBefore = 0;
beforeEach(async () => {
  await tf.setBackend('cpu');
  tensorsBefore = tf.memory().numTensors;
});
afterEach(() => {
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});

const loose = (options: object) => options as never;

describe('unknown option keys', () => {
  it('createModel names the key and the closest option instead of building the default model', () => {
    expect(() => createModel('mlp', loose({ hidden: [500, 300] }))).toThrow(InvalidOptionError);
    expect(() => createModel('mlp', loose({ hidden: [500, 300] }))).toThrow(
      'mlp: `hidden` is not an option (did you mean `hiddenSizes`?); the options are inputShape, classes, ' +
        'activation, outputActivation, seed, paramBudget, hiddenSizes. Received: hidden=[500,300]',
    );
    expect(() => createModel('lenet5', loose({ filter: [6, 16] }))).toThrow('(did you mean `filters`?)');
    expect(() => createModel('scratch-mlp', loose({ hidden_sizes: [32] }))).toThrow(
      'scratch-mlp: `hidden_sizes` is not an option (did you mean `hiddenSizes`?)',
    );
    // The intended key builds Keras' [500, 300] model: 545,810 parameters.
    const model = createModel('mlp', { hiddenSizes: [500, 300], seed: 1 });
    expect(model.countParams()).toBe(545_810);
    model.dispose();
  });

  it('layers and Sequential name theirs too', () => {
    expect(() => new Dense(loose({ units: 3, activaton: 'relu' }))).toThrow(
      'Dense: `activaton` is not an option (did you mean `activation`?)',
    );
    expect(() => new Conv2D(loose({ filters: 2, kernelSize: 3, stride: 2 }))).toThrow(
      'Conv2D: `stride` is not an option (did you mean `strides`?)',
    );
    expect(() => new MaxPooling2D(loose({ pool_size: 2 }))).toThrow(
      'MaxPooling2D: `pool_size` is not an option (did you mean `poolSize`?)',
    );
    expect(() => new Sequential(loose({ layer: [] }))).toThrow(
      'Sequential: `layer` is not an option (did you mean `layers`?)',
    );
    expect(() => new ScratchMlp(loose({ units: [3] }))).toThrow(
      'scratch-mlp: `units` is not an option; the options are name, inputShape, hiddenSizes',
    );
  });
});
