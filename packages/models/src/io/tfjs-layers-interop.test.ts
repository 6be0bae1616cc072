import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lenet5 } from '../catalog/lenet5';
import { tinyCnn } from '../catalog/tiny-cnn';
import { layers } from '../layers/layers';
import { Sequential } from '../model/sequential';
import { loadModel } from './load-model';
import { save } from './save';

/** Saves through tfjs-core's own in-memory handler. */
async function artifactsOf(
  saveTo: (handler: tf.io.IOHandler) => Promise<unknown>,
): Promise<tf.io.ModelArtifacts> {
  let captured: tf.io.ModelArtifacts | undefined;
  await saveTo(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  return captured!;
}

const maxDifference = async (a: tf.Tensor, b: tf.Tensor) => {
  const difference = tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))));
  const value = (await difference.data())[0]!;
  tf.dispose([a, b, difference]);
  return value;
};

const mixedModel = () =>
  new Sequential({
    name: 'mixed',
    seed: 4,
    layers: [
      layers.input({ shape: [12, 12, 2] }),
      layers.conv2d({ filters: 3, kernelSize: [3, 2], strides: 2, padding: 'same', activation: 'leakyRelu' }),
      layers.averagePooling2d({ poolSize: 2, strides: 1, padding: 'same' }),
      layers.dropout({ rate: 0.3 }),
      layers.conv2d({ filters: 4, kernelSize: 2, activation: 'elu', biasInitializer: 'heUniform' }),
      layers.maxPooling2d({ poolSize: 3, strides: 2, padding: 'valid' }),
      layers.flatten(),
      layers.dense({ units: 6, activation: 'tanh', biasInitializer: 'ones' }),
      layers.activation({ activation: 'leakyRelu' }),
      layers.dense({ units: 4, biasInitializer: 'glorotUniform' }),
      layers.activation({ activation: 'elu' }),
    ],
  }).build();

describe('TF.js Layers format interop with @tensorflow/tfjs-layers', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it.each([
    ['lenet5', () => lenet5({ seed: 1 })],
    ['tiny-cnn', () => tinyCnn({ seed: 2 })],
    ['a model with every layer and activation', mixedModel],
  ])('tf.loadLayersModel reads our %s and predicts the same numbers', async (_, create) => {
    const ours = create();
    const artifacts = await artifactsOf((handler) => save(ours, handler));
    expect(artifacts.format).toBe('layers-model');
    expect(artifacts.generatedBy).toMatch(/^@digitlab\/models \d+\.\d+\.\d+/);
    const theirs = await tfl.loadLayersModel(tf.io.fromMemory(artifacts));
    expect(theirs.countParams()).toBe(ours.countParams());
    const x = tf.randomUniform([5, ...ours.inputShape], 0, 1, 'float32', 3);
    expect(await maxDifference(ours.predict(x), theirs.predict(x) as tf.Tensor)).toBeLessThan(1e-5);
    tf.dispose(x);
    theirs.dispose();
    ours.dispose();
  });

  it('loads a model that tfjs-layers saved (same architecture as lenet5) and predicts the same numbers', async () => {
    const theirs = tfl.sequential({
      layers: [
        tfl.layers.conv2d({ inputShape: [28, 28, 1], filters: 6, kernelSize: 5, activation: 'relu' }),
        tfl.layers.maxPooling2d({ poolSize: 2 }),
        tfl.layers.conv2d({
          filters: 16,
          kernelSize: 5,
          activation: 'relu',
          biasInitializer: 'glorotNormal',
        }),
        tfl.layers.maxPooling2d({ poolSize: 2 }),
        tfl.layers.flatten(),
        tfl.layers.dense({ units: 120, activation: 'relu', biasInitializer: 'heNormal' }),
        tfl.layers.dense({ units: 84, activation: 'relu' }),
        tfl.layers.dense({ units: 10, activation: 'softmax' }),
      ],
    });
    const artifacts = await artifactsOf((handler) => theirs.save(handler));
    const ours = await loadModel(tf.io.fromMemory(artifacts));
    expect(ours.countParams()).toBe(44_426);
    expect(ours.summary().layers.map((layer) => layer.outputShape)).toEqual([
      [null, 24, 24, 6],
      [null, 12, 12, 6],
      [null, 8, 8, 16],
      [null, 4, 4, 16],
      [null, 256],
      [null, 120],
      [null, 84],
      [null, 10],
    ]);
    expect(ours.layers[1]!.name).toBe(theirs.layers[0]!.name);
    const x = tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 8);
    expect(await maxDifference(ours.predict(x), theirs.predict(x) as tf.Tensor)).toBeLessThan(1e-5);
    tf.dispose(x);
    theirs.dispose();
    ours.dispose();
  });

  it('loads tfjs-layers’ LeakyReLU, ELU, Dropout and pooling layers', async () => {
    const theirs = tfl.sequential({
      layers: [
        tfl.layers.averagePooling2d({ inputShape: [6, 6, 1], poolSize: 2, strides: 1, padding: 'same' }),
        tfl.layers.flatten(),
        tfl.layers.dense({ units: 5 }),
        tfl.layers.leakyReLU(),
        tfl.layers.dropout({ rate: 0.2 }),
        tfl.layers.elu(),
        tfl.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });
    const ours = await loadModel(tf.io.fromMemory(await artifactsOf((handler) => theirs.save(handler))));
    expect(ours.layers.map((layer) => layer.className)).toEqual([
      'InputLayer',
      'AveragePooling2D',
      'Flatten',
      'Dense',
      'Activation',
      'Dropout',
      'Activation',
      'Dense',
    ]);
    const x = tf.randomNormal([3, 6, 6, 1], 0, 1, 'float32', 2);
    expect(await maxDifference(ours.predict(x), theirs.predict(x) as tf.Tensor)).toBeLessThan(1e-6);
    tf.dispose(x);
    theirs.dispose();
    ours.dispose();
  });
});
