import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { layers } from '../layers/layers';
import { Sequential } from './sequential';

describe('Sequential under tfjs autodiff', () => {
  it('gives a gradient for every trainable weight through every layer type and learns, leaking nothing', () => {
    const start = tf.memory().numTensors;
    const model = new Sequential({
      seed: 1,
      layers: [
        layers.input({ shape: [8, 8, 1] }),
        layers.conv2d({ filters: 4, kernelSize: 3, strides: 2, padding: 'same', activation: 'elu' }),
        layers.averagePooling2d({ poolSize: 2, strides: 1, padding: 'same' }),
        layers.conv2d({ filters: 4, kernelSize: 2, activation: 'leakyRelu' }),
        layers.maxPooling2d({ poolSize: 2 }),
        layers.dropout({ rate: 0.2 }),
        layers.flatten(),
        layers.dense({ units: 6, activation: 'tanh' }),
        layers.dense({ units: 2, activation: 'softmax' }),
      ],
    }).build();
    model.setTrainingSeed(3);
    // Two classes: bright top half vs bright bottom half.
    const x = tf.tidy(() => {
      const top = tf.concat([tf.ones([8, 4, 8, 1]), tf.zeros([8, 4, 8, 1])], 1);
      const noise = tf.randomUniform([16, 8, 8, 1], 0, 0.3, 'float32', 2);
      return tf.add(tf.concat([top, tf.reverse(top, 1)]), noise);
    });
    const y = tf.tidy(() =>
      tf.cast(tf.oneHot(tf.concat([tf.zeros([8], 'int32'), tf.ones([8], 'int32')]), 2), 'float32'),
    );
    const loss = () =>
      tf.tidy(
        () => tf.neg(tf.mean(tf.sum(tf.mul(y, tf.log(model.apply(x, { training: true }))), 1))) as tf.Scalar,
      );
    const losses: number[] = [];
    for (let step = 0; step < 30; step++) {
      const { value, grads } = tf.variableGrads(loss, model.trainableWeights);
      if (step === 0) {
        expect(Object.keys(grads).length).toBe(8);
        for (const variable of model.trainableWeights) {
          expect(grads[variable.name]!.shape).toEqual(variable.shape);
          expect(tf.tidy(() => tf.sum(tf.abs(grads[variable.name]!)).dataSync()[0])).toBeGreaterThan(0);
        }
      }
      tf.tidy(() => {
        for (const variable of model.trainableWeights)
          variable.assign(tf.sub(variable, tf.mul(grads[variable.name]!, 0.3)));
      });
      losses.push(value.dataSync()[0]!);
      tf.dispose([value, ...Object.values(grads)]);
    }
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 4);
    tf.dispose([x, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });
});
