import type { OptimizerName } from '@digitlab/trainer';
import { UnknownNameError } from '../errors/unknown-name-error';
import type { Recipe } from './recipe';

/** A seed lab: its recipe, and for the MLP lab the optimizers it compares. */
export interface Lab extends Recipe {
  /** Optimizers the lab trains the model with, one run each, compared in a table; undefined: one run. */
  readonly compareOptimizers: readonly OptimizerName[] | undefined;
}

const lab = (
  fields: Omit<Lab, 'hiddenSizes' | 'learningRate' | 'seed' | 'compareOptimizers'> & Partial<Lab>,
): Lab => ({
  hiddenSizes: undefined,
  learningRate: undefined,
  seed: 42,
  compareOptimizers: undefined,
  ...fields,
});

const mnist = { dataset: 'mnist', batchSize: 128, validationSplit: 0.1, testSplit: 0 } as const;

/** The seed labs, each with its own settings (see the README's lab table). */
export const labs: readonly Lab[] = [
  lab({
    name: 'xor',
    title: 'XOR with a 2-6-2 MLP on 800 noisy points',
    model: 'xor-mlp',
    dataset: 'xor',
    optimizer: 'adam',
    learningRate: 0.05,
    batchSize: 16,
    epochs: 50,
    validationSplit: 0,
    testSplit: 0.25,
  }),
  lab({
    name: 'digits-perceptron',
    title: 'A one-layer perceptron on the 8x8 digits, plain SGD',
    model: 'perceptron',
    dataset: 'digits',
    optimizer: 'sgd',
    batchSize: 32,
    epochs: 50,
    validationSplit: 0,
    testSplit: 0.25,
  }),
  lab({
    name: 'digits-cnn',
    title: 'A one-stage CNN (510 parameters) on the 8x8 digits',
    model: 'one-stage-cnn',
    dataset: 'digits',
    optimizer: 'adam',
    batchSize: 32,
    epochs: 20,
    validationSplit: 0.1,
    testSplit: 0.25,
  }),
  lab({
    name: 'mnist-cnn',
    title: 'One convolution and a softmax on MNIST',
    model: 'mnist-cnn',
    optimizer: 'adam',
    epochs: 10,
    ...mnist,
  }),
  lab({
    name: 'mnist-dropout-cnn',
    title: 'A CNN with dropout on MNIST',
    model: 'dropout-cnn',
    optimizer: 'adam',
    epochs: 12,
    ...mnist,
  }),
  lab({
    name: 'mnist-two-conv-cnn',
    title: "Keras' mnist_cnn example: two convolutions, Adadelta",
    model: 'two-conv-cnn',
    optimizer: 'adadelta',
    learningRate: 1,
    epochs: 12,
    ...mnist,
  }),
  lab({
    name: 'tiny-cnn',
    title: 'A CNN under 6,000 parameters on MNIST',
    model: 'tiny-cnn',
    optimizer: 'adam',
    epochs: 10,
    ...mnist,
  }),
  lab({
    name: 'lenet5',
    title: 'LeNet-5 on MNIST',
    model: 'lenet5',
    optimizer: 'adam',
    epochs: 10,
    ...mnist,
  }),
  lab({
    name: 'mlp',
    title: 'An MLP (300 hidden units) on MNIST, SGD against Adam',
    model: 'mlp',
    hiddenSizes: [300],
    optimizer: 'sgd',
    compareOptimizers: ['sgd', 'adam'],
    epochs: 20,
    ...mnist,
  }),
  lab({
    name: 'scratch-mlp',
    title: 'An MLP with hand-written backpropagation (100 hidden units) on MNIST',
    model: 'scratch-mlp',
    hiddenSizes: [100],
    optimizer: 'sgd',
    learningRate: 0.1,
    epochs: 20,
    ...mnist,
    batchSize: 64,
  }),
  lab({
    name: 'fashion-lenet',
    title: 'LeNet-5 on Fashion-MNIST',
    model: 'lenet5',
    optimizer: 'adam',
    epochs: 10,
    ...mnist,
    dataset: 'fashion-mnist',
  }),
];

/** Every lab name. */
export const labNames: readonly string[] = labs.map((entry) => entry.name);

/** The lab of that name, or an {@link UnknownNameError} listing the labs. */
export function findLab(name: string): Lab {
  const found = labs.find((entry) => entry.name === name);
  if (found === undefined) throw new UnknownNameError('lab', '<name>', name, labNames);
  return found;
}
