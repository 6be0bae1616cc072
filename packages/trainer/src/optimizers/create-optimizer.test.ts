import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerGradients } from '../backend/register-gradients';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { createOptimizer } from './create-optimizer';
import type { OptimizerConfig, OptimizerName } from './optimizer-config';

/** Minimises `var ** 2 / 2` from `start` for `steps` steps, as the Keras optimizer docs do; the values seen. */
function minimize(spec: OptimizerName | OptimizerConfig, start: number, steps: number): number[] {
  const optimizer = createOptimizer(spec);
  const variable = tf.tidy(() => tf.variable(tf.scalar(start)));
  const values: number[] = [];
  for (let i = 0; i < steps; i++) {
    optimizer.minimize(() => tf.div(tf.square(variable), 2) as tf.Scalar, false, [variable]);
    values.push(variable.dataSync()[0]!);
  }
  variable.dispose();
  optimizer.dispose();
  return values;
}

describe('createOptimizer', () => {
  // Loading tfjs-core's gradients takes seconds on a machine busy with other test files.
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await registerGradients();
  }, 60_000);

  // The figures in the docstrings of tf.keras.optimizers (TF 2.x).
  it('SGD: 1.0 -> 0.9 at learning rate 0.1; with momentum 0.9 the steps are 0.1 then 0.18', () => {
    expect(minimize({ name: 'sgd', learningRate: 0.1 }, 1, 1)[0]).toBeCloseTo(0.9, 6);
    const [first, second] = minimize({ name: 'sgd', learningRate: 0.1, momentum: 0.9 }, 1, 2);
    expect(1 - first!).toBeCloseTo(0.1, 6);
    expect(first! - second!).toBeCloseTo(0.18, 6);
  });

  it('Adam: 10.0 -> 9.9 at learning rate 0.1', () => {
    expect(minimize({ name: 'adam', learningRate: 0.1 }, 10, 1)[0]).toBeCloseTo(9.9, 5);
  });

  it('RMSprop: 10.0 -> 9.683772 at learning rate 0.1', () => {
    expect(minimize({ name: 'rmsprop', learningRate: 0.1 }, 10, 1)[0]).toBeCloseTo(9.683772, 5);
  });

  it("Keras' update rules at Keras' defaults for adagrad, adadelta and adamax", () => {
    // Adagrad: accumulator 0.1 + g^2, step lr * g / sqrt(accumulator); lr 0.001.
    expect(minimize('adagrad', 10, 1)[0]).toBeCloseTo(10 - (0.001 * 10) / Math.sqrt(100.1), 6);
    // Adadelta: rho 0.95, step lr * sqrt(0 + eps) / sqrt(0.05 * g^2 + eps) * g; lr 0.001, eps 1e-7
    // (tfjs-core's own divides by the old average and steps by lr * g = 0.001).
    expect(minimize('adadelta', 1, 1)[0]).toBeCloseTo(
      1 - (0.001 * Math.sqrt(1e-7)) / Math.sqrt(0.05 + 1e-7),
      6,
    );
    // Adamax: m = 0.1 g, u = |g|, step lr / (1 - 0.9) * m / u = lr; Keras' lr 0.001 (tfjs-core defaults to 0.002).
    expect(minimize('adamax', 10, 1)[0]).toBeCloseTo(9.999, 5);
  });

  it('centred RMSprop follows TensorFlow, sqrt(ms - mg^2 + eps), and stays finite for tiny gradients', () => {
    // One step from 10 (g = 10): ms = 0.1 g^2, mg = 0.1 g, step lr * g / sqrt(0.09 g^2 + eps).
    expect(minimize({ name: 'rmsprop', learningRate: 0.1, centered: true }, 10, 1)[0]).toBeCloseTo(
      10 - (0.1 * 10) / Math.sqrt(9 + 1e-7),
      5,
    );
    const tiny = minimize({ name: 'rmsprop', learningRate: 0.1, centered: true }, 1e-4, 3);
    expect(tiny.every(Number.isFinite)).toBe(true);
  });

  it("SGD's legacy decay divides the rate by 1 + decay * iterations; nesterov looks ahead", () => {
    const [first, second] = minimize({ name: 'sgd', learningRate: 0.1, decay: 0.5 }, 1, 2);
    expect(first).toBeCloseTo(0.9, 6);
    expect(second).toBeCloseTo(0.9 - (0.1 / 1.5) * 0.9, 6);
    expect(minimize({ name: 'sgd', learningRate: 0.1, momentum: 0.9, nesterov: true }, 1, 1)[0]).toBeCloseTo(
      0.81,
      6,
    );
  });

  it("uses Keras' default learning rates, and frees everything it creates", () => {
    const before = tf.memory().numTensors;
    const rates = (['sgd', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamax'] as const).map((name) => {
      const optimizer = createOptimizer(name);
      const rate = optimizer.getConfig().learningRate;
      optimizer.dispose();
      return rate;
    });
    expect(rates).toEqual([0.01, 0.001, 0.001, 0.001, 0.001, 0.001]);
    const momentum = createOptimizer({ name: 'sgd', momentum: 0.9 });
    momentum.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects unknown names and negative rates with InvalidOptionError', () => {
    expect(() => createOptimizer('lion' as OptimizerName)).toThrow(InvalidOptionError);
    try {
      createOptimizer({ name: 'adam', learningRate: -1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidOptionError);
      expect(error).toMatchObject({ functionName: 'createOptimizer', option: 'learningRate', value: -1 });
      expect((error as Error).message).toMatch(/Received: learningRate=-1$/);
    }
  });
});
