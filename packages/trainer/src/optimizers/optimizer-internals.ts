import type * as tf from '@tensorflow/tfjs-core';
import type { OptimizerSlot } from './optimizer-slots';

/**
 * tfjs-core 4.x optimizer fields that are protected or private there (and that its own `getWeights` leaves
 * out), read structurally by the fused engine and the checkpoints; each reader checks the ones it needs.
 */
export interface OptimizerInternals {
  learningRate: number;
  initialLearningRate?: number;
  decay?: number;
  momentum?: number;
  useNesterov?: boolean;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  centered?: boolean;
  rho?: number;
  /** Adagrad's starting accumulator value. */
  initialAccumulatorValue?: number;
  iterations_?: number;
  /** Adam's and Adamax's running beta1 power. */
  accBeta1?: tf.Variable;
  /** Adam's running beta2 power. */
  accBeta2?: tf.Variable;
  /** Adamax's step counter. */
  iteration?: tf.Variable;
  /** Adamax's slots. */
  accumulatedFirstMoment?: OptimizerSlot[];
  accumulatedWeightedInfNorm?: OptimizerSlot[];
  /** RMSprop's slots (the mean gradients only when centred). */
  accumulatedMeanSquares?: OptimizerSlot[];
  accumulatedMoments?: OptimizerSlot[];
  accumulatedMeanGrads?: OptimizerSlot[];
  /** Adadelta's slots. */
  accumulatedGrads?: OptimizerSlot[];
  accumulatedUpdates?: OptimizerSlot[];
  /** SGD's and Momentum's learning-rate scalar. */
  c?: tf.Scalar;
}

/** The fields of {@link OptimizerInternals} named in `K`, known to be there (an optimizer's own class). */
export type OptimizerFields<K extends keyof OptimizerInternals> = Required<Pick<OptimizerInternals, K>>;

/** The optimizer's internal fields (the same object, typed). */
export function optimizerInternals(optimizer: tf.Optimizer): OptimizerInternals {
  return optimizer as unknown as OptimizerInternals;
}

/** The optimizer's class name, e.g. `'Adam'` (tfjs' serialization name, the same in every copy of tfjs-core). */
export function optimizerClassName(optimizer: tf.Optimizer): string {
  return (optimizer.constructor as unknown as { className: string }).className;
}
