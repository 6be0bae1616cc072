import { loadFashionMnist } from '@digitlab/datasets';
import { createModel, InputLayer, layers, Sequential } from '@digitlab/models';
import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectCloseWeights } from '../../test-support/expect-close-weights';
import { expectNoLeakedTensors } from '../../test-support/expect-no-leaked-tensors';
import { convolutionCases, convolutionModel, syntheticSamples } from '../../test-support/test-models';
import { setupBackend } from '../backend/setup-backend';
import type { EngineName } from '../history/engine-use';
import { createOptimizer } from '../optimizers/create-optimizer';
import type { OptimizerConfig } from '../optimizers/optimizer-config';
import { fit } from '../training/fit';
import type { FitOptions } from '../training/fit-options';

// Trainings on both paths: seconds on a quiet machine, minutes on one shared with other jobs.
const heavy = 180_000;

interface Outcome {
  weights: Float32Array[];
  slots: Float32Array[];
  loss: number[];
  accuracy: number[];
  engine: EngineName;
  threads: number;
}

/** Trains a fresh model from `build` and returns its weights, optimizer slots and history. */
async function train(
  build: () => TrainableModel,
  options: FitOptions & { samples?: number; fashion?: boolean },
): Promise<Outcome> {
  const model = build();
  const size = model.inputShape.reduce((product, value) => product * value, 1);
  const { samples = 96, optimizer = 'sgd', fashion = false, ...rest } = options;
  const instance = createOptimizer(
    typeof optimizer === 'string' ? optimizer : (optimizer as OptimizerConfig),
  );
  const data = fashion
    ? await fashionSlice(samples)
    : syntheticSamples(samples, size, model.outputUnits === 1 ? 2 : model.outputUnits, 7);
  const history = await fit(model, data, { epochs: 2, batchSize: 32, seed: 3, optimizer: instance, ...rest });
  const weights = model.getWeights();
  const slots = await instance.getWeights();
  const outcome = {
    weights: weights.map((tensor) => Float32Array.from(tensor.dataSync())),
    slots: slots.slice(1).map((slot) => Float32Array.from(slot.tensor.dataSync())),
    loss: history.history.loss,
    accuracy: history.history.accuracy ?? [],
    engine: history.engine,
    threads: history.threads,
  };
  tf.dispose([...weights, slots[0]!.tensor]);
  instance.dispose();
  model.dispose();
  return outcome;
}

/**
 * Same losses (1e-4), accuracies (one sample at most: a near-tie may tip either way), and weights and
 * slots within `tolerance` of the largest value of each tensor. Adam and Nesterov magnify last-bit
 * differences of near-zero gradients (Adam's step is about lr * sign(g)), so they get a wider tolerance.
 */
// Debian's Fashion-MNIST test files are installed on our machines and in CI; the loader reads them offline.
async function fashionSlice(samples: number) {
  const all = await loadFashionMnist({ split: 'test', offline: true });
  return { x: all.images.subarray(0, samples * 784), y: all.labels.subarray(0, samples), maxValue: 255 };
}

function expectSameTraining(fused: Outcome, reference: Outcome, tolerance = 2e-5, samples = 96): void {
  expect(fused.engine).toBe('fused');
  expect(reference.engine).toBe('tfjs');
  for (const [epoch, loss] of fused.loss.entries()) {
    expect(Math.abs(loss - reference.loss[epoch]!)).toBeLessThan(tolerance > 1e-4 ? 1e-3 : 1e-4);
  }
  fused.accuracy.forEach((accuracy, epoch) => {
    expect(Math.abs(accuracy - reference.accuracy[epoch]!)).toBeLessThanOrEqual(1 / samples + 1e-9);
  });
  expect(fused.slots.length).toBe(reference.slots.length);
  for (const [name, actual, expected] of [
    ['weight', fused.weights, reference.weights],
    ['slot', fused.slots, reference.slots],
  ] as const) {
    expectCloseWeights(actual, expected, tolerance, name);
  }
}

describe('the fused engine trains as the tfjs path does (cpu backend as the reference)', () => {
  // Setting a backend up loads tfjs-core's gradients: seconds on a machine busy with other test files.
  beforeAll(async () => {
    await setupBackend('cpu');
  }, 60_000);
  // Every test here creates tensors (models, weights, optimizer state): none may outlive it.
  expectNoLeakedTensors();

  for (const [index, geometry] of convolutionCases.entries()) {
    for (const pooling of ['max', 'average'] as const) {
      const activation = (['relu', 'tanh', 'sigmoid'] as const)[index % 3]!;
      it(`conv ${geometry.kernel}x${geometry.kernel}/${geometry.stride} ${geometry.padding}, ${pooling} pool ${geometry.pool}/${geometry.poolStride} ${geometry.poolPadding}, ${activation}`, async () => {
        const build = () => convolutionModel(geometry, { pooling, activation, seed: 11 + index });
        const fused = await train(build, { engine: 'fused', threads: 1 + (index % 2) });
        const reference = await train(build, { engine: 'tfjs' });
        if (pooling === 'average' && geometry.poolPadding === 'same') {
          // tfjs' AvgPoolGrad divides by the whole window even where its forward pass (and TensorFlow's
          // gradient, and the engine's) divides by the window's valid part, so only the losses agree.
          for (const [epoch, loss] of fused.loss.entries()) {
            expect(Math.abs(loss - reference.loss[epoch]!)).toBeLessThan(1e-3);
          }
        } else {
          expectSameTraining(fused, reference);
        }
      });
    }
  }

  const optimizers: [string, OptimizerConfig, number][] = [
    ['sgd with decay', { name: 'sgd', learningRate: 0.05, decay: 0.01 }, 1e-4],
    ['momentum', { name: 'sgd', momentum: 0.9 }, 1e-4],
    ['nesterov momentum', { name: 'sgd', momentum: 0.8, nesterov: true }, 1e-4],
    ['adam', { name: 'adam' }, 1e-3],
    ['rmsprop with momentum', { name: 'rmsprop', momentum: 0.5 }, 1e-3],
    ['adadelta', { name: 'adadelta', learningRate: 1 }, 1e-3],
    ['adagrad', { name: 'adagrad', learningRate: 0.01, initialAccumulatorValue: 0.2 }, 1e-3],
  ];
  for (const [label, optimizer, tolerance] of optimizers) {
    it(
      `LeNet-5 with ${label}: same losses, weights and optimizer slots`,
      async () => {
        const build = () => createModel('lenet5', { seed: 1 });
        const fused = await train(build, { engine: 'fused', threads: 1, optimizer, fashion: true });
        const reference = await train(build, { engine: 'tfjs', optimizer, fashion: true });
        expectSameTraining(fused, reference, tolerance);
      },
      heavy,
    );
  }

  it(
    "a second fit continues from Adagrad's accumulators as the first left them",
    async () => {
      // The engine reads an optimizer's existing slots instead of tfjs-core's starting value.
      const run = async (engine: 'fused' | 'tfjs') => {
        const model = createModel('lenet5', { seed: 1 });
        const optimizer = createOptimizer({ name: 'adagrad', learningRate: 0.01 });
        const data = await fashionSlice(96);
        let loss = 0;
        for (const seed of [3, 4]) {
          const history = await fit(model, data, { epochs: 1, batchSize: 32, seed, optimizer, engine });
          expect(history.engine).toBe(engine);
          loss = history.history.loss[0]!;
        }
        const [iterations, ...slots] = await optimizer.getWeights();
        const weights = model.getWeights();
        const outcome = {
          loss,
          weights: weights.map((tensor) => Float32Array.from(tensor.dataSync())),
          slots: slots.map((slot) => Float32Array.from(slot.tensor.dataSync())),
        };
        tf.dispose([...weights, iterations!.tensor]);
        optimizer.dispose();
        model.dispose();
        return outcome;
      };
      const fused = await run('fused');
      const reference = await run('tfjs');
      expect(Math.abs(fused.loss - reference.loss)).toBeLessThan(1e-4);
      expectCloseWeights(fused.weights, reference.weights, 1e-4, 'weight');
      expectCloseWeights(fused.slots, reference.slots, 1e-4, 'slot');
    },
    heavy,
  );

  it(
    'LeNet-5 with Adam on 3 threads: the batch split changes only the rounding',
    async () => {
      const build = () => createModel('lenet5', { seed: 1 });
      const options = { optimizer: 'adam', epochs: 1, samples: 256, fashion: true } as const;
      const fused = await train(build, { ...options, engine: 'fused', threads: 3 });
      const reference = await train(build, { ...options, engine: 'tfjs' });
      expect(fused).toMatchObject({ engine: 'fused', threads: 3 });
      expect(Math.abs(fused.loss[0]! - reference.loss[0]!)).toBeLessThan(1e-3);
    },
    heavy,
  );

  it(
    'the 784-300-10 MLP on float features and one-hot targets, last batch partial',
    async () => {
      const build = () => createModel('mlp', { seed: 2, inputShape: [784] });
      const bytes = syntheticSamples(70, 784, 10, 5);
      const x = Float32Array.from(bytes.x, (value) => value / 255);
      const y = new Float32Array(700);
      bytes.y.forEach((label, i) => {
        y[i * 10 + label] = 1;
      });
      const run = async (engine: 'fused' | 'tfjs') => {
        const model = build();
        const history = await fit(
          model,
          { x, y },
          { epochs: 2, batchSize: 32, seed: 1, optimizer: 'adam', engine },
        );
        const weights = model.getWeights();
        const values = weights.map((tensor) => tensor.dataSync().slice());
        tf.dispose(weights);
        model.dispose();
        return { loss: history.history.loss, values };
      };
      const fused = await run('fused');
      const reference = await run('tfjs');
      expect(fused.loss[1]).toBeCloseTo(reference.loss[1]!, 4);
      fused.values.forEach((values, i) => {
        for (const [j, value] of values.entries()) {
          expect(Math.abs(value - reference.values[i]![j]!)).toBeLessThan(1e-4);
        }
      });
    },
    heavy,
  );

  it('binary cross-entropy on one sigmoid unit, with a frozen first layer', async () => {
    const build = () => {
      const model = new Sequential({
        name: 'binary',
        seed: 4,
        layers: [
          new InputLayer({ shape: [6] }),
          layers.dense({ units: 4, activation: 'tanh', trainable: false }),
          layers.dense({ units: 1, activation: 'sigmoid' }),
        ],
      }).build();
      return model;
    };
    const fused = await train(build, { engine: 'fused', loss: 'binaryCrossentropy', optimizer: 'adam' });
    const reference = await train(build, { engine: 'tfjs', loss: 'binaryCrossentropy', optimizer: 'adam' });
    expectSameTraining(fused, reference);
  });
});
