import type { TrainableModel } from '@digitlab/spec/model';
import type * as tf from '@tensorflow/tfjs-core';
import { type ArrayTrainingData, type SampleSet, toSampleSet } from '../data/samples';
import { range, splitIndices } from '../data/seeded-order';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { checkLoss, defaultLoss, type LossName } from '../losses/loss';
import { createOptimizer } from '../optimizers/create-optimizer';
import { checkBatchSize } from './evaluate';
import type { FitOptions } from './fit-options';
import { checkMetrics } from './metric-name';

/** Everything `fit` derives from its arguments before the first batch: checked, defaulted, resolved. */
export interface FitPlan {
  readonly epochs: number;
  readonly batchSize: number;
  readonly loss: LossName;
  readonly withAccuracy: boolean;
  readonly seed: number;
  readonly set: SampleSet;
  /** The training samples' indices (all of them, or those the validation split left). */
  readonly trainOrder: Uint32Array;
  readonly validation: { readonly set: SampleSet; readonly order: Uint32Array | undefined } | undefined;
  readonly optimizer: tf.Optimizer;
  /** Whether `fit` created the optimizer, and so disposes it. */
  readonly ownsOptimizer: boolean;
  /** Whether a NaN or infinite batch loss ends training (`FitOptions.stopOnNonFiniteLoss`). */
  readonly stopOnNonFiniteLoss: boolean;
}

/** Checks `fit`'s options against the model and data and resolves the defaults. */
export function planFit(
  model: TrainableModel,
  data: ArrayTrainingData,
  options: FitOptions & { readonly validationData?: ArrayTrainingData | undefined },
): FitPlan {
  const {
    epochs = 1,
    batchSize = 32,
    loss = defaultLoss(model.outputUnits),
    metrics = ['accuracy'],
    validationSplit = 0,
    validationData,
    stopOnNonFiniteLoss = true,
  } = options;
  if (typeof stopOnNonFiniteLoss !== 'boolean') {
    throw new InvalidOptionError('fit', 'stopOnNonFiniteLoss', 'must be true or false', stopOnNonFiniteLoss);
  }
  if (!Number.isInteger(epochs) || epochs < 1) {
    throw new InvalidOptionError('fit', 'epochs', 'must be an integer >= 1', epochs);
  }
  checkBatchSize('fit', batchSize);
  const lossName = checkLoss('fit', loss, model.outputUnits);
  if (model.computeGradients !== undefined && lossName === 'binaryCrossentropy') {
    const requirement = `must be categorical for ${model.name}, whose own gradients are those of cross-entropy`;
    throw new InvalidOptionError('fit', 'loss', requirement, loss);
  }
  const withAccuracy = checkMetrics('fit', metrics);
  if (!(validationSplit >= 0 && validationSplit < 1)) {
    throw new InvalidOptionError('fit', 'validationSplit', 'must be in [0, 1)', validationSplit);
  }
  const seed = resolveSeed(options.seed, options.resumeFrom?.seed);
  const set = toSampleSet(data, model.inputShape, model.outputUnits, 'data');
  let trainOrder = range(set.count);
  let validation: FitPlan['validation'];
  if (validationData !== undefined) {
    const validationSet = toSampleSet(validationData, model.inputShape, model.outputUnits, 'validationData');
    validation = { set: validationSet, order: undefined };
  } else if (validationSplit > 0) {
    const split = splitIndices(set.count, validationSplit, seed);
    if (split.train.length === 0 || split.validation.length === 0) {
      const requirement = `leaves no training or no validation samples of ${set.count}`;
      throw new InvalidOptionError('fit', 'validationSplit', requirement, validationSplit);
    }
    trainOrder = split.train;
    validation = { set, order: split.validation };
  }
  const optimizer = resolveOptimizer(options.optimizer ?? 'rmsprop', options.learningRate);
  return {
    epochs,
    batchSize,
    loss: lossName,
    withAccuracy,
    seed,
    set,
    trainOrder,
    validation,
    optimizer,
    ownsOptimizer: optimizer !== options.optimizer,
    stopOnNonFiniteLoss,
  };
}

function resolveSeed(seed: number | undefined, checkpointSeed: number | undefined): number {
  if (seed !== undefined && !Number.isFinite(seed)) {
    throw new InvalidOptionError('fit', 'seed', 'must be a finite number', seed);
  }
  if (checkpointSeed !== undefined) {
    if (seed !== undefined && seed >>> 0 !== checkpointSeed) {
      const requirement = `must be the checkpoint's seed (${checkpointSeed}) or left out when resuming`;
      throw new InvalidOptionError('fit', 'seed', requirement, seed);
    }
    return checkpointSeed;
  }
  return seed === undefined ? Math.floor(Math.random() * 2 ** 32) : seed >>> 0;
}

/** Duck-typed, so an optimizer from another copy of tfjs-core (e.g. tfjs-node's) is recognised. */
function isOptimizer(value: unknown): value is tf.Optimizer {
  return typeof (value as tf.Optimizer | undefined)?.applyGradients === 'function';
}

function resolveOptimizer(
  option: NonNullable<FitOptions['optimizer']>,
  learningRate: number | undefined,
): tf.Optimizer {
  if (isOptimizer(option)) {
    if (learningRate !== undefined) {
      const requirement = 'applies to a named optimizer; set it on the instance you pass';
      throw new InvalidOptionError('fit', 'learningRate', requirement, learningRate);
    }
    return option;
  }
  const config = typeof option === 'string' ? { name: option } : { ...option };
  return createOptimizer(learningRate === undefined ? config : { ...config, learningRate });
}
