import type { TrainableModel } from '@digitlab/spec/model';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mnistCnn } from '../catalog/mnist-cnn';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ModelStateError } from '../errors/model-state-error';
import { ShapeError } from '../errors/shape-error';
import { WeightsMismatchError } from '../errors/weights-mismatch-error';
import { layers } from '../layers/layers';
import { ScratchMlp } from '../scratch/scratch-mlp';
import { Sequential } from './sequential';

const smallCnn = (seed = 1) =>
  new Sequential({
    seed,
    layers: [
      layers.input({ shape: [6, 6, 1] }),
      layers.conv2d({ filters: 2, kernelSize: 3, activation: 'relu' }),
      layers.dropout({ rate: 0.5 }),
      layers.flatten(),
      layers.dense({ units: 3, activation: 'softmax' }),
    ],
  }).build();

const read = async (tensors: tf.Tensor | tf.Tensor[]) => {
  const list = Array.isArray(tensors) ? tensors : [tensors];
  const data = await Promise.all(list.map(async (t) => Array.from(await t.data())));
  tf.dispose(list);
  return data;
};

describe('Sequential', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it('numbers unnamed layers per type, Keras-style, and keeps given names', () => {
    const model = new Sequential()
      .add(layers.dense({ units: 4 }))
      .add(layers.dense({ units: 4, name: 'hidden' }))
      .add(layers.dense({ units: 2 }))
      .build([3]);
    expect(model.layers.map((layer) => layer.name)).toEqual(['dense_1', 'hidden', 'dense_2']);
    expect(model.weights.map((weight) => weight.name)).toEqual([
      'dense_1/kernel',
      'dense_1/bias',
      'hidden/kernel',
      'hidden/bias',
      'dense_2/kernel',
      'dense_2/bias',
    ]);
    expect(() => model.add(layers.flatten())).toThrow(ModelStateError);
    model.dispose();
    const duplicate = new Sequential().add(layers.dense({ units: 1, name: 'x' }));
    expect(() => duplicate.add(layers.dense({ units: 1, name: 'x' }))).toThrow(InvalidOptionError);
    expect(() => duplicate.add(layers.input({ shape: [2] }))).toThrow(/only first/);
  });

  it('builds from its input layer or a given shape, and checks every shape before allocating', () => {
    expect(() => new Sequential().add(layers.dense({ units: 1 })).build()).toThrow(ModelStateError);
    expect(() => new Sequential().build([2])).toThrow(/add layers first/);
    const bad = new Sequential({
      layers: [layers.conv2d({ filters: 2, kernelSize: 3 }), layers.dense({ units: 2 })],
    });
    expect(() => bad.build([8, 8, 1])).toThrow(ShapeError);
    expect(bad.built).toBe(false);
    expect(tf.memory().numTensors).toBe(start);
    const model = smallCnn();
    expect(model.inputShape).toEqual([6, 6, 1]);
    expect(model.outputShape).toEqual([3]);
    expect(model.outputUnits).toBe(3);
    expect(model.build([6, 6, 1])).toBe(model);
    expect(() => model.build([7, 7, 1])).toThrow(ShapeError);
    model.dispose();
  });

  it('builds on first apply, predicts in batches like one pass, and leaks nothing', async () => {
    const model = new Sequential({ seed: 3, layers: [layers.dense({ units: 4, activation: 'softmax' })] });
    const x = tf.randomNormal([10, 5], 0, 1, 'float32', 1);
    const [whole] = await read(model.apply(x));
    const [batched] = await read(model.predict(x, { batchSize: 3 }));
    expect(model.inputShape).toEqual([5]);
    batched!.forEach((value, i) => {
      expect(value).toBeCloseTo(whole![i]!, 6);
    });
    const rowSums = [0, 1, 2].map((row) => whole!.slice(row * 4, row * 4 + 4).reduce((a, b) => a + b, 0));
    for (const sum of rowSums) expect(sum).toBeCloseTo(1, 5);
    const wrong = tf.zeros([2, 6]);
    expect(() => model.apply(wrong)).toThrow(ShapeError);
    tf.dispose([x, wrong]);
    model.dispose();
    expect(() => model.apply(x)).toThrow(ModelStateError);
  });

  it('leaves tf.memory() where it was after build, predict and dispose of a catalog model', async () => {
    const model = mnistCnn({ seed: 1 });
    const x = tf.zeros([2, 28, 28, 1]);
    const y = model.predict(x);
    expect(y.shape).toEqual([2, 10]);
    tf.dispose([x, y]);
    expect(tf.memory().numTensors).toBe(start + model.weights.length);
    model.dispose();
  });

  it('applies dropout only in training, from the training flag or the call option, reproducibly per seed', async () => {
    const model = smallCnn();
    const x = tf.randomUniform([4, 6, 6, 1], 0, 1, 'float32', 2);
    const [inference] = await read(model.apply(x));
    model.training = true;
    model.setTrainingSeed(5);
    const [first, second] = await read([model.apply(x), model.apply(x)]);
    expect(first).not.toEqual(inference);
    expect(second).not.toEqual(first);
    expect(await read(model.apply(x, { training: false }))).toEqual([inference]);
    model.setTrainingSeed(5);
    expect(await read([model.apply(x), model.apply(x)])).toEqual([first, second]);
    tf.dispose(x);
    model.dispose();
  });

  it('gives the same weights for the same seed', async () => {
    const [a, b, c] = [smallCnn(7), smallCnn(7), smallCnn(8)];
    const [weightsA, weightsB, weightsC] = await Promise.all([a, b, c].map((m) => read(m.getWeights())));
    expect(weightsA).toEqual(weightsB);
    expect(weightsA![0]).not.toEqual(weightsC![0]);
    for (const model of [a, b, c]) model.dispose();
  });

  it('gets and sets weights in a stable order and rejects mismatches without changing anything', async () => {
    const source = smallCnn(1);
    const target = smallCnn(2);
    const weights = source.getWeights();
    target.setWeights(weights);
    expect(await read(target.getWeights())).toEqual(await read(weights));
    const wrong = tf.zeros([3, 3, 1, 2]);
    const error = (() => {
      try {
        target.setWeights([wrong]);
      } catch (caught) {
        return caught;
      }
    })();
    wrong.dispose();
    expect(error).toBeInstanceOf(WeightsMismatchError);
    expect(error).toMatchObject({
      expectedShapes: [[3, 3, 1, 2], [2], [32, 3], [3]],
      receivedShapes: [[3, 3, 1, 2]],
    });
    expect(await read(target.getWeights())).toEqual(await read(source.getWeights()));
    source.dispose();
    target.dispose();
  });

  it('lists trainable weights, leaving out frozen layers', () => {
    const model = smallCnn();
    expect(model.trainableWeights.length).toBe(4);
    model.layers[1]!.trainable = false;
    expect(model.trainableWeights).toEqual([model.weights[2]!.variable, model.weights[3]!.variable]);
    expect(model.summary()).toMatchObject({ totalParams: 119, trainableParams: 99 });
    model.dispose();
  });

  it('reports the output activation for the trainer', () => {
    const softmax = smallCnn();
    expect(softmax.outputActivation).toBe('softmax');
    softmax.dispose();
    const trailing = new Sequential({
      layers: [layers.dense({ units: 2, activation: 'relu' }), layers.activation({ activation: 'sigmoid' })],
    });
    expect(trailing.outputActivation).toBe('sigmoid');
    expect(new Sequential({ layers: [layers.flatten()] }).outputActivation).toBe('linear');
  });

  it('round-trips through getConfig / fromConfig', () => {
    const model = smallCnn();
    const copy = Sequential.fromConfig(model.getConfig(), { seed: 9 });
    expect(copy.built).toBe(true);
    expect(copy.getConfig()).toEqual(model.getConfig());
    expect(copy.countParams()).toBe(model.countParams());
    model.dispose();
    copy.dispose();
  });

  it('satisfies the trainer’s TrainableModel contract, as ScratchMlp does', () => {
    const models: TrainableModel[] = [
      smallCnn(),
      new ScratchMlp({ inputShape: [4], hiddenSizes: [3], seed: 1 }),
    ];
    expect(models.map((model) => model.countParams())).toEqual([119, 55]);
    for (const model of models) model.dispose();
  });
});
