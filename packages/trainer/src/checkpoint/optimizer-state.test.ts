import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerGradients } from '../backend/register-gradients';
import { createOptimizer } from '../optimizers/create-optimizer';
import { type OptimizerName, optimizerNames } from '../optimizers/optimizer-config';
import { captureOptimizerState, restoreOptimizerState } from './optimizer-state';

function step(optimizer: tf.Optimizer, variable: tf.Variable, target: tf.Tensor): void {
  optimizer.minimize(() => tf.sum(tf.square(tf.sub(variable, target))) as tf.Scalar, false, [variable]);
}

describe('optimizer state capture', () => {
  // Loading tfjs-core's gradients takes seconds on a machine busy with other test files.
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await registerGradients();
  }, 60_000);

  it.each(optimizerNames.map((name) => [name] as [OptimizerName]))(
    '%s: a restored copy continues exactly like the original',
    async (name) => {
      const before = tf.memory().numTensors;
      const target = tf.tensor1d([0.5, -2, 3]);
      const original = createOptimizer({ name, learningRate: 0.05, momentum: 0.9 });
      const a = tf.tidy(() => tf.variable(tf.tensor1d([1, 2, 3]), true, `${name}-a`));
      for (let i = 0; i < 3; i++) step(original, a, target);
      const state = await captureOptimizerState(original);

      const copy = createOptimizer({ name, learningRate: 0.05, momentum: 0.9 });
      const b = tf.tidy(() => tf.variable(a.clone(), true, `${name}-b`));
      // Slots are matched by position, so the copy must see its variable first (its slots are created lazily).
      await restoreOptimizerState(copy, state);
      for (let i = 0; i < 3; i++) {
        step(original, a, target);
        step(copy, b, target);
      }
      expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
      expect(copy.iterations).toBe(original.iterations);
      tf.dispose([target, a, b]);
      original.dispose();
      copy.dispose();
      expect(tf.memory().numTensors).toBe(before);
    },
  );
});
