import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ModelStateError } from '../errors/model-state-error';
import { ShapeError } from '../errors/shape-error';
import type { ScratchActivation } from './backpropagate';
import { ScratchMlp } from './scratch-mlp';

const batch = (size: number, features: number, classes: number, seed: number) => {
  const x = tf.randomNormal([size, features], 0, 1, 'float32', seed);
  const y = tf.tidy(() =>
    tf.cast(tf.oneHot(tf.randomUniform([size], 0, classes, 'int32', seed + 1), classes), 'float32'),
  );
  return { x, y };
};

/** Loss of the same network built from tfjs ops, differentiated by tfjs autodiff. */
function autodiffGradients(model: ScratchMlp, x: tf.Tensor, y: tf.Tensor) {
  const variables = model.trainableWeights;
  const activate = { relu: tf.relu, sigmoid: tf.sigmoid, tanh: tf.tanh }[model.activation];
  return tf.variableGrads(() => {
    let a = x as tf.Tensor2D;
    for (let l = 0; l < variables.length; l += 2) {
      const z = tf.add(tf.matMul(a, variables[l] as tf.Tensor2D), variables[l + 1]!) as tf.Tensor2D;
      a = l + 2 < variables.length ? (activate(z) as tf.Tensor2D) : z;
    }
    return tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(a)), 1))) as tf.Scalar;
  }, variables);
}

const relativeError = (ours: tf.Tensor, reference: tf.Tensor) =>
  tf.tidy(() => tf.div(tf.norm(tf.sub(ours, reference)), tf.add(tf.norm(reference), 1e-12)).dataSync()[0]!);

describe('ScratchMlp', () => {
  let start: number;
  beforeEach(() => {
    start = tf.memory().numTensors;
  });
  afterEach(() => {
    expect(tf.memory().numTensors).toBe(start);
  });

  it.each<[ScratchActivation, number[]]>([
    ['relu', [16]],
    ['sigmoid', [12, 8]],
    ['tanh', [10, 9, 7]],
  ])('its %s gradients (hidden %j) agree with tfjs autodiff within 1e-3', (activation, hiddenSizes) => {
    const model = new ScratchMlp({ inputShape: [20], hiddenSizes, classes: 5, activation, seed: 3 });
    const { x, y } = batch(32, 20, 5, 7);
    const ours = model.computeGradients(x, y);
    const reference = autodiffGradients(model, x, y);
    expect(ours.loss.dataSync()[0]).toBeCloseTo(reference.value.dataSync()[0]!, 5);
    const variables = model.trainableWeights;
    expect(ours.gradients.map((g) => g.shape)).toEqual(variables.map((v) => v.shape));
    variables.forEach((variable, i) => {
      expect(relativeError(ours.gradients[i]!, reference.grads[variable.name]!)).toBeLessThan(1e-3);
    });
    tf.dispose([x, y, ours.loss, ...ours.gradients, reference.value, ...Object.values(reference.grads)]);
    model.dispose();
  });

  it('steps the weights by -learningRate × gradient and returns the loss before the step', () => {
    const model = new ScratchMlp({ inputShape: [4], hiddenSizes: [3], classes: 2, seed: 1 });
    const { x, y } = batch(8, 4, 2, 2);
    const before = model.getWeights();
    const { loss, gradients } = model.computeGradients(x, y);
    expect(model.trainStep(x, y, 0.5)).toBeCloseTo(loss.dataSync()[0]!, 6);
    const after = model.getWeights();
    const differences = tf.tidy(() =>
      after.map(
        (weight, i) =>
          tf.max(tf.abs(tf.sub(weight, tf.sub(before[i]!, tf.mul(gradients[i]!, 0.5))))).dataSync()[0],
      ),
    );
    for (const difference of differences) expect(difference).toBeLessThan(1e-6);
    tf.dispose([x, y, loss, ...gradients, ...before, ...after]);
    model.dispose();
  });

  it('learns XOR by mini-batch SGD', async () => {
    const model = new ScratchMlp({
      inputShape: [2],
      hiddenSizes: [8],
      classes: 2,
      activation: 'tanh',
      seed: 4,
    });
    const x = tf.tensor2d([0, 0, 0, 1, 1, 0, 1, 1], [4, 2]);
    const y = tf.tensor2d([1, 0, 0, 1, 0, 1, 1, 0], [4, 2]);
    const first = model.trainStep(x, y, 0.5);
    let last = first;
    for (let step = 0; step < 2000; step++) last = model.trainStep(x, y, 0.5);
    expect(first).toBeGreaterThan(0.5);
    expect(last).toBeLessThan(0.05);
    const predicted = tf.tidy(() => tf.argMax(model.apply(x), 1));
    expect(Array.from(await predicted.data())).toEqual([0, 1, 1, 0]);
    tf.dispose([x, y, predicted]);
    model.dispose();
  });

  it('flattens image batches, checks shapes and converts to an equivalent Sequential', async () => {
    const model = new ScratchMlp({ inputShape: [4, 4, 1], hiddenSizes: [5], classes: 3, seed: 2 });
    expect(model.countParams()).toBe(17 * 5 + 6 * 3);
    const x = tf.randomNormal([6, 4, 4, 1], 0, 1, 'float32', 1);
    const ours = model.apply(x);
    const batched = model.predict(x, { batchSize: 4 });
    expect(Array.from(await batched.data())).toEqual(Array.from(await ours.data()));
    batched.dispose();
    const sequential = model.toSequential();
    const theirs = sequential.apply(x);
    expect(Array.from(await ours.data()).map((v) => v.toFixed(5))).toEqual(
      Array.from(await theirs.data()).map((v) => v.toFixed(5)),
    );
    expect(sequential.summary().layers.map((layer) => layer.type)).toEqual(['Flatten', 'Dense', 'Dense']);
    expect(model.summary()).toEqual({
      layers: [
        { name: 'dense_1', type: 'Dense', outputShape: [null, 5], params: 85 },
        { name: 'dense_2', type: 'Dense', outputShape: [null, 3], params: 18 },
      ],
      totalParams: 103,
      trainableParams: 103,
    });
    const wrongImages = tf.zeros([2, 5, 5, 1]);
    const wrongTargets = tf.zeros([6, 4]);
    expect(() => model.apply(wrongImages)).toThrow(ShapeError);
    expect(() => model.computeGradients(x, wrongTargets)).toThrow(
      /one-hot encode the labels\. Received: shape=\[6,4\]$/,
    );
    tf.dispose([x, ours, theirs, wrongImages, wrongTargets]);
    sequential.dispose();
    model.dispose();
    expect(() => model.apply(x)).toThrow(ModelStateError);
  });

  it('is deterministic per seed and validates its options', async () => {
    const weights = async (seed: number) => {
      const model = new ScratchMlp({ inputShape: [3], hiddenSizes: [2], classes: 2, seed });
      const tensors = model.getWeights();
      const values = await Promise.all(tensors.map(async (t) => Array.from(await t.data())));
      tf.dispose(tensors);
      model.dispose();
      return values;
    };
    expect(await weights(1)).toEqual(await weights(1));
    expect((await weights(1))[0]).not.toEqual((await weights(2))[0]);
    expect(() => new ScratchMlp({ activation: 'softmax' as never })).toThrow(InvalidOptionError);
    expect(() => new ScratchMlp({ hiddenSizes: [0] })).toThrow(
      /`hiddenSizes\[0\]` must be a positive integer/,
    );
  });
});
