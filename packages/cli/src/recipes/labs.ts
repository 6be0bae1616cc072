import { UnknownNameError } from '../errors/unknown-name-error';
import { type Lab, lab } from './lab';
import { seedFiles } from './seed-figure';

// Seed 002 loads MNIST with `mnist.load_data()`: the official 60,000/10,000 files.
const mnist = { dataset: 'mnist', batchSize: 128, validationSplit: 0.1, testSplit: 0 } as const;
// Seed 002's `evaluate` plots p(digit 0) for the zeros and for the rest.
const histogram = { analyses: ['probability-histogram'] } as const;
// Seed 004 loads the 70,000 images of `fetch_openml`, splits 20% (14,000) off as the test set, and trains
// with Keras' defaults: batch 32, 10 epochs, the test set as its only validation data.
const seed004 = {
  batchSize: 32,
  epochs: 10,
  validationSplit: 0,
  testSplit: 0.2,
  pooled: true,
  analyses: ['dataset-statistics'],
} as const;
// Seed 004 recompiles one model for each optimizer, so each run continues from the previous one's weights.
const continued = (after: string) =>
  `the seed recompiled the same model, so this run continued training after ${after}; the lab starts each optimizer from the same fresh weights`;

/** The seed labs, each with its seed's settings and the figures it reproduces (see the README's lab table). */
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
    params: 32,
    fast: true,
    seedFigures: [{ metric: 'accuracy', value: 0.9199, seed: seedFiles['001'], params: 32 }],
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
    params: 650,
    fast: true,
    seedFigures: [{ metric: 'accuracy', value: 0.906667, seed: seedFiles['001'], params: 650 }],
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
    params: 510,
    fast: true,
    seedFigures: [{ metric: 'accuracy', value: 0.913333, seed: seedFiles['000'], params: 510 }],
  }),
  lab({
    name: 'digits-cnn-64',
    title: 'The one-stage CNN with 64 filters (6,410 parameters) on the 8x8 digits',
    model: 'one-stage-cnn',
    filters: 64,
    dataset: 'digits',
    optimizer: 'adam',
    // Seed 000: train_test_split twice with its default 25%, then fit(batch_size=128, epochs=100).
    batchSize: 128,
    epochs: 100,
    validationSplit: 0.25,
    testSplit: 0.25,
    params: 6_410,
    fast: true,
    seedFigures: [{ metric: 'accuracy', value: 0.984444, seed: seedFiles['000'], params: 6_410 }],
  }),
  lab({
    name: 'mnist-cnn',
    title: 'One convolution and a softmax on MNIST',
    model: 'mnist-cnn',
    optimizer: 'adam',
    epochs: 10,
    ...mnist,
    ...histogram,
    params: 216_650,
    seedFigures: [{ metric: 'accuracy', value: 0.9805, seed: seedFiles['002'], params: 216_650 }],
  }),
  lab({
    name: 'mnist-dropout-cnn',
    title: 'A CNN with dropout on MNIST',
    model: 'dropout-cnn',
    optimizer: 'adam',
    epochs: 12,
    ...mnist,
    ...histogram,
    params: 2_770_634,
    seedFigures: [{ metric: 'accuracy', value: 0.9843, seed: seedFiles['002'], params: 2_770_634 }],
  }),
  lab({
    name: 'mnist-two-conv-cnn',
    title: "Keras' mnist_cnn example: two convolutions, Adadelta",
    model: 'two-conv-cnn',
    optimizer: 'adadelta',
    learningRate: 1,
    epochs: 12,
    ...mnist,
    ...histogram,
    params: 1_199_882,
    seedFigures: [{ metric: 'accuracy', value: 0.9908, seed: seedFiles['002'], params: 1_199_882 }],
  }),
  lab({
    name: 'tiny-cnn',
    title: 'A CNN under 6,000 parameters on MNIST',
    model: 'tiny-cnn',
    optimizer: 'adam',
    epochs: 10,
    ...mnist,
    ...histogram,
    params: 5_899,
    seedFigures: [
      {
        metric: 'accuracy',
        value: 0.9863,
        seed: seedFiles['003'],
        params: 5_899,
        note: 'the seed trains 75 epochs with RMSprop at batch 512, holding out 20% for validation',
      },
    ],
  }),
  lab({
    name: 'lenet5',
    title: 'LeNet-5 on MNIST (70,000 images, 20% test)',
    model: 'lenet5',
    dataset: 'mnist',
    optimizer: 'adam',
    ...seed004,
    params: 44_426,
    seedFigures: [{ metric: 'error', value: 0.0106, seed: seedFiles['004'], params: 44_426 }],
  }),
  lab({
    name: 'mlp',
    title: 'An MLP (300 hidden units) on MNIST, SGD against Adam',
    model: 'mlp',
    hiddenSizes: [300],
    optimizer: 'sgd',
    compareOptimizers: [
      { name: 'sgd', optimizer: 'sgd' },
      { name: 'adam', optimizer: 'adam' },
    ],
    epochs: 20,
    ...mnist,
    params: 238_510,
  }),
  lab({
    name: 'optimizer-study',
    title: "Seed 004's optimizer study: the 784-300-10 MLP with six optimizers",
    model: 'mlp',
    hiddenSizes: [300],
    dataset: 'mnist',
    optimizer: 'sgd',
    compareOptimizers: [
      { name: 'sgd', optimizer: 'sgd' },
      { name: 'sgd-momentum', optimizer: 'sgd', options: { momentum: 0.9, decay: 1e-6 } },
      { name: 'adadelta', optimizer: 'adadelta' },
      { name: 'adam', optimizer: 'adam' },
      { name: 'adagrad', optimizer: 'adagrad' },
      { name: 'rmsprop', optimizer: 'rmsprop' },
    ],
    ...seed004,
    params: 238_510,
    seedFigures: [
      ['sgd', 0.0498, undefined],
      ['sgd-momentum', 0.0201, 'SGD'],
      ['adadelta', 0.0192, 'SGD and SGD with momentum'],
      ['adam', 0.0226, 'SGD, SGD with momentum and Adadelta'],
      ['adagrad', 0.0186, 'SGD, SGD with momentum, Adadelta and Adam'],
      ['rmsprop', 0.0157, 'SGD, SGD with momentum, Adadelta, Adam and Adagrad'],
    ].map(([run, value, after]) => ({
      metric: 'error' as const,
      value: value as number,
      seed: seedFiles['004'],
      params: 238_510,
      run: run as string,
      ...(after === undefined ? {} : { note: continued(after as string) }),
    })),
  }),
  lab({
    name: 'mlp-500-300',
    title: 'The 784-500-300-10 MLP with RMSprop on MNIST (70,000 images, 20% test)',
    model: 'mlp',
    hiddenSizes: [500, 300],
    dataset: 'mnist',
    optimizer: 'rmsprop',
    ...seed004,
    params: 545_810,
    seedFigures: [
      {
        metric: 'error',
        value: 0.0138,
        seed: seedFiles['004'],
        params: 545_810,
        note: continued('SGD with momentum, Adam and Adadelta, 10 epochs each'),
      },
    ],
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
    params: 79_510,
  }),
  lab({
    name: 'scratch-mlp-3x300',
    title: "Seed 004's hand-written MLP: 3 hidden layers of 300 ReLU, its own backward pass",
    model: 'scratch-mlp',
    hiddenSizes: [300, 300, 300],
    dataset: 'mnist',
    optimizer: 'sgd',
    // The seed's step is 0.1 / batch size on gradients summed over the batch: 0.1 on their mean.
    learningRate: 0.1,
    batchSize: 128,
    epochs: 50,
    validationSplit: 0,
    testSplit: 0.2,
    pooled: true,
    analyses: ['dataset-statistics'],
    params: 419_110,
    seedFigures: [
      {
        metric: 'error',
        value: 0.019,
        seed: seedFiles['004'],
        params: 419_110,
        note: 'the seed draws its weights from N(0, 0.05²) (the lab: Glorot uniform) and its batches with replacement (the lab: a shuffle per epoch)',
      },
    ],
  }),
  lab({
    name: 'fashion-lenet',
    title: 'LeNet-5 on Fashion-MNIST',
    model: 'lenet5',
    optimizer: 'adam',
    epochs: 10,
    ...mnist,
    dataset: 'fashion-mnist',
    params: 44_426,
  }),
  ...(
    [
      ['leaky', 'LeakyReLU and a third 3x3 convolution', 35_626, 0.1058],
      ['elu', 'ELU and four dense layers', 157_606, 0.1101],
    ] as const
  ).map(([variant, what, params, error]) =>
    lab({
      name: `fashion-lenet-${variant}`,
      title: `Seed 004's LeNet variant with ${what} on Fashion-MNIST (70,000 images, 20% test)`,
      model: `lenet-${variant}`,
      dataset: 'fashion-mnist',
      optimizer: 'adam',
      ...seed004,
      params,
      seedFigures: [
        {
          metric: 'error',
          value: error,
          seed: seedFiles['004'],
          params,
          note: "the seed's compile and fit lines are cut off in the notebook's print; the lab assumes the MNIST LeNet's: Adam, Keras' batch 32, 10 epochs",
        },
      ],
    }),
  ),
];

/** Every lab name. */
export const labNames: readonly string[] = labs.map((entry) => entry.name);

/** The lab of that name, or an {@link UnknownNameError} listing the labs. */
export function findLab(name: string): Lab {
  const found = labs.find((entry) => entry.name === name);
  if (found === undefined) throw new UnknownNameError('lab', '<name>', name, labNames);
  return found;
}
