import { UnknownNameError } from '../errors/unknown-name-error';
import { type Lab, lab } from './lab';
import { seedFiles } from './seed-figure';

// The MNIST labs of no seed: the official 60,000/10,000 files, batch 128, 10% held out for validation.
const mnist = { dataset: 'mnist', batchSize: 128, validationSplit: 0.1, testSplit: 0 } as const;
// Seed 002 (cells [4]–[11]): `mnist.load_data()`, the official 60,000/10,000 files, then
// `train_test_split(X_train, Y_train, test_size=0.3)`: "Train on 42000 samples, validate on 18000 samples";
// each model trains 10 epochs (its fit logs: "Epoch 1/10" in cell [15], "Epoch 6/10" before [21], "Epoch
// 10/10" before [25]); its `evaluate` plots p(digit 0) for the zeros and for the rest.
// `fit(batch_size=batch_size)` takes a variable set in a cell the print leaves out: the labs keep 128, Keras'
// mnist_cnn example's, and say so.
const seed002 = {
  dataset: 'mnist',
  batchSize: 128,
  epochs: 10,
  validationSplit: 0.3,
  testSplit: 0,
  analyses: ['probability-histogram'],
} as const;
const unprintedBatch =
  "the seed does not print its batch size (`fit(batch_size=batch_size)`, set in a cell its print leaves out); the lab uses 128, Keras' mnist_cnn example's";
// Seeds 000 and 001 feed scikit-learn's pixels as they are, 0..16: their losses after the first epoch (seed
// 000: validation 11.14; seed 001: training 11.78) show inputs 16 times larger than 0..1, on which a fresh
// softmax's loss starts near ln 10 = 2.3. The labs divide the pixels by 16, as every digitlab data set is
// fed in 0..1, and say so.
const rawDigits = (seed: '000' | '001') =>
  `the seed feeds the pixels unscaled, 0..16 (its loss after the first epoch: ${seed === '000' ? 'validation 11.14' : '11.78'}); the lab scales them to 0..1, as it feeds every data set`;
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
    // Seed 001, cell [223]: the truth table tiled 200 times plus `.3*np.random.randn` (makeXor's defaults).
    dataset: 'xor',
    // Cell [226]: `compile(optimizer='adam')`, Keras' default learning rate (0.001).
    optimizer: 'adam',
    // Cell [227]: `fit(x_train, y_train, epochs=200, validation_data=(x_val, y_val))`, Keras' batch 32.
    batchSize: 32,
    epochs: 200,
    // Cell [225]: `train_test_split(X, Y, test_size=.20)` (160 test points), then
    // `train_test_split(x_train, y_train, test_size=20)`: an integer, 20 of the 640 training points.
    validationSplit: 20 / 640,
    testSplit: 0.2,
    params: 32,
    fast: true,
    // Cell [232]: "The loss and accuracy on the test dataset : 0.201993, 0.918750" (147 of 160).
    seedFigures: [{ metric: 'accuracy', value: 0.91875, seed: seedFiles['001'], params: 32 }],
  }),
  lab({
    name: 'digits-perceptron',
    title: 'A one-layer perceptron (Dense 10, softmax) on the 8x8 digits, Adam',
    model: 'perceptron',
    dataset: 'digits',
    // Seed 001, exercise 2, cell [20]: `compile(loss='categorical_crossentropy', optimizer='adam')`.
    optimizer: 'adam',
    // Cell [21]: `fit(X_train, y_train, batch_size=128, epochs=100, validation_data=(X_val, y_val))`.
    batchSize: 128,
    epochs: 100,
    // Cell [6]: `train_test_split` twice with its default 25%: the test set, then the validation set.
    validationSplit: 0.25,
    testSplit: 0.25,
    params: 650,
    fast: true,
    // Cell [26]: "The loss and accuracy on the test dataset : 0.324952, 0.906667".
    seedFigures: [
      { metric: 'accuracy', value: 0.906667, seed: seedFiles['001'], params: 650, note: rawDigits('001') },
    ],
  }),
  lab({
    name: 'digits-cnn',
    title: 'A one-stage CNN (510 parameters) on the 8x8 digits',
    model: 'one-stage-cnn',
    dataset: 'digits',
    // Seed 000: "the adam optimizer" (its compile comment); cell [9]: `train_test_split` twice with its
    // default 25%; cell [22]: `fit(X_train, y_train, batch_size=128, epochs=100, validation_data=...)`.
    optimizer: 'adam',
    batchSize: 128,
    epochs: 100,
    validationSplit: 0.25,
    testSplit: 0.25,
    params: 510,
    fast: true,
    // Cell [27]: "The loss and accuracy on the test dataset: 0.290320, 0.913333".
    seedFigures: [
      { metric: 'accuracy', value: 0.913333, seed: seedFiles['000'], params: 510, note: rawDigits('000') },
    ],
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
    seedFigures: [
      { metric: 'accuracy', value: 0.984444, seed: seedFiles['000'], params: 6_410, note: rawDigits('000') },
    ],
  }),
  lab({
    name: 'mnist-cnn',
    title: 'One convolution and a softmax on MNIST',
    model: 'mnist-cnn',
    // Seed 002, cell [14]: `model.compile(loss='categorical_crossentropy', optimizer='adam')`.
    optimizer: 'adam',
    ...seed002,
    params: 216_650,
    seedFigures: [
      { metric: 'accuracy', value: 0.9805, seed: seedFiles['002'], params: 216_650, note: unprintedBatch },
    ],
  }),
  lab({
    name: 'mnist-dropout-cnn',
    title: 'A CNN with dropout on MNIST',
    model: 'dropout-cnn',
    // Seed 002 prints this model's summary and "Epoch 6/10", not its compile cell: Adam, as its other two.
    optimizer: 'adam',
    ...seed002,
    params: 2_770_634,
    seedFigures: [
      {
        metric: 'accuracy',
        value: 0.9843,
        seed: seedFiles['002'],
        params: 2_770_634,
        note: `${unprintedBatch}; nor its compile line for this model: the lab uses Adam, as the seed's other two models`,
      },
    ],
  }),
  lab({
    name: 'mnist-two-conv-cnn',
    title: "Two convolutions, pooling and dropout (Keras' mnist_cnn model) on MNIST, Adam",
    model: 'two-conv-cnn',
    // Seed 002, section 2.0.1 (the cell before [25]): `model.compile(loss='categorical_crossentropy',
    // optimizer='adam')`; Keras' mnist_cnn example, whose model this is, uses Adadelta, the seed does not.
    optimizer: 'adam',
    ...seed002,
    params: 1_199_882,
    seedFigures: [
      { metric: 'accuracy', value: 0.9908, seed: seedFiles['002'], params: 1_199_882, note: unprintedBatch },
    ],
  }),
  lab({
    name: 'tiny-cnn',
    title: 'A CNN under 6,000 parameters on MNIST, RMSprop',
    model: 'tiny-cnn',
    dataset: 'mnist',
    // Seed 003, section 4: `batch_size = 512`, `epochs = 75`, `model.compile(optimizer='RMSprop')` (Keras'
    // default learning rate, 0.001), `model.fit(..., validation_split=0.2)` on `mnist.load_data()`'s 60,000.
    optimizer: 'rmsprop',
    batchSize: 512,
    epochs: 75,
    validationSplit: 0.2,
    testSplit: 0,
    analyses: ['probability-histogram'],
    params: 5_899,
    seedFigures: [
      {
        metric: 'accuracy',
        value: 0.9863,
        seed: seedFiles['003'],
        params: 5_899,
        note: "Keras' `validation_split=0.2` holds out the last 20% of the training images as they come; the lab holds out a random 20%",
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
