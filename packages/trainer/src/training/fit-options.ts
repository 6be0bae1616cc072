import type * as tf from '@tensorflow/tfjs-core';
import type { TrainingCallback } from '../callbacks/training-callback';
import type { TrainingCheckpoint } from '../checkpoint/training-checkpoint';
import type { TrainingData } from '../data/samples';
import type { FitEngine } from '../history/engine-use';
import type { LossName } from '../losses/loss';
import type { OptimizerConfig, OptimizerName } from '../optimizers/optimizer-config';
import type { MetricName } from './metric-name';
import type { YieldEvery } from './yield-control';

/** Options of `fit`: Keras' `compile` and `fit` arguments in one object. */
export interface FitOptions {
  /**
   * The epoch to stop before (with `resumeFrom`, training continues from the checkpoint's epoch up to this).
   * @default 1
   */
  epochs?: number;
  /**
   * Samples per gradient step.
   * @default 32
   */
  batchSize?: number;
  /**
   * An optimizer name or config with Keras' defaults, or a tfjs-core `Optimizer` instance. A named one is
   * created for this call and disposed at its end; pass an instance to keep its state across calls.
   * @default 'rmsprop' (Keras' `compile` default)
   */
  optimizer?: OptimizerName | OptimizerConfig | tf.Optimizer;
  /**
   * Learning rate of a named optimizer (overrides its default; refused with an instance).
   * @default the optimizer's Keras default
   */
  learningRate?: number;
  /**
   * The loss, computed from the model's probabilities like Keras.
   * @default 'binaryCrossentropy' for one output unit, else 'sparseCategoricalCrossentropy'
   */
  loss?: LossName;
  /**
   * Metrics logged besides the loss.
   * @default ['accuracy']
   */
  metrics?: readonly MetricName[];
  /**
   * Fraction of the samples held out for validation, chosen at random with the seed (Keras takes the last
   * fraction unshuffled). Ignored when `validationData` is given.
   * @default 0
   */
  validationSplit?: number;
  /**
   * Separate validation data, evaluated after every epoch.
   * @default undefined (none)
   */
  validationData?: TrainingData;
  /**
   * Shuffle the training samples before every epoch.
   * @default true
   */
  shuffle?: boolean;
  /**
   * Seed of three independent streams (`@digitlab/spec`'s `deriveSeed`): the validation split (`split`),
   * each epoch's shuffle order (`shuffle`) and each epoch's dropout masks (`dropout`). Weight
   * initialisation is not drawn from it: it is the model factory's `seed`. A run is replayed exactly
   * (identical history and weights) by the same model seed, data, options and this seed on the same
   * backend and the same engine (`history.engine`); with the fused engine, also with the same number of
   * engine threads, since each thread sums the gradients of its own slice of the batch (another split
   * rounds differently) and draws that slice's dropout masks.
   * @default a random seed, reported in `history.seed`
   */
  seed?: number;
  /**
   * Callbacks and progress reporters, called in order.
   * @default []
   */
  callbacks?: readonly TrainingCallback[];
  /**
   * Stops training at the next batch boundary; `fit` then rejects with `TrainingAbortedError`.
   * @default undefined
   */
  signal?: AbortSignal;
  /**
   * When to give the event loop a turn so a page stays responsive and the signal can fire.
   * @default 'auto' (every 16 ms)
   */
  yieldEvery?: YieldEvery;
  /**
   * A checkpoint from `modelCheckpoint` to continue: restores the weights, the optimizer state, the seed
   * and the history, and starts at the checkpoint's epoch.
   * @default undefined
   */
  resumeFrom?: TrainingCheckpoint;
  /**
   * How each batch is computed. `'fused'`: the whole step (forward, loss, backward, optimizer update) runs
   * in digitlab's own WebAssembly SIMD kernels on worker threads, several times faster than tfjs ops on
   * wasm or cpu; it covers Sequential models of Dense, Conv2D, pooling, Dropout, Flatten and Activation
   * layers (linear, relu, sigmoid, tanh, leakyRelu, elu; softmax or sigmoid output) with cross-entropy
   * losses and SGD (with momentum), Adam, RMSprop, Adadelta or Adagrad, and throws a `FusedEngineError` for
   * anything else. `'tfjs'`: tfjs ops with autodiff on the active backend. `'auto'`: fused on the wasm and
   * cpu backends when it covers the model, loss and optimizer, tfjs otherwise (WebGL, WebGPU, tfjs-node are
   * left to tfjs).
   * The model's weights and the optimizer's state are brought up to date at each epoch end.
   * @default 'auto'
   */
  engine?: FitEngine;
  /**
   * Stop at the first batch whose loss is NaN or infinite, rejecting with a `NonFiniteLossError` that holds
   * the history of the epochs completed (nothing useful is learnt after a divergence: every later weight is
   * NaN). `false` trains on to the last epoch, as Keras does without `TerminateOnNaN`.
   * @default true
   */
  stopOnNonFiniteLoss?: boolean;
  /**
   * Threads of the fused engine; each computes part of every batch. Never more than a batch's rows;
   * `history.threads` reports the count used (1 on tfjs ops, which ignore this option).
   * @default the machine's cores, 4 at most; 1 for models too small to gain from threads (under 2 million
   * multiply-adds a batch, e.g. XOR or the perceptron) and in a browser page that is not cross-origin
   * isolated (SharedArrayBuffer needs COOP/COEP headers)
   */
  threads?: number;
}
