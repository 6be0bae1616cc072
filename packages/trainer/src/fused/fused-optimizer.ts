import * as tf from '@tensorflow/tfjs-core';
import {
  type OptimizerInternals,
  optimizerClassName,
  optimizerInternals,
} from '../optimizers/optimizer-internals';
import { optimizerCode } from './plan-layout';

/** How the engine reproduces one tfjs-core optimizer, and the slot names it keeps per variable. */
export interface FusedOptimizer {
  readonly code: number;
  readonly slots: readonly string[];
  /** What a fresh optimizer's slots hold before its first step (tfjs-core fills Adagrad's accumulators). */
  readonly slotStart: number;
  /** Nesterov momentum (the momentum optimizer only). */
  readonly nesterov: boolean;
  /** The values of the header's optimizer fields for the next step: [rate, beta1, beta2, epsilon, c1, c2]. */
  nextStep(): number[];
  /** Records that a step was taken (iterations, Adam's running beta powers). */
  stepTaken(): void;
  /** Writes the iteration count and Adam's beta powers back into the tfjs optimizer. */
  writeBack(): void;
}

/** The fused counterpart of `optimizer`, or why there is none. */
export function describeOptimizer(optimizer: tf.Optimizer): FusedOptimizer | { unsupported: string } {
  const fields = optimizerInternals(optimizer);
  const name = optimizerClassName(optimizer);
  let iterations = optimizer.iterations;
  const rate = (): number =>
    fields.decay !== undefined && fields.decay > 0 && fields.initialLearningRate !== undefined
      ? fields.initialLearningRate / (1 + fields.decay * iterations)
      : fields.learningRate;
  const common = {
    nesterov: false,
    slotStart: 0,
    stepTaken: () => {
      iterations += 1;
    },
    writeBack: () => {
      fields.iterations_ = iterations;
    },
  };
  switch (name) {
    case 'SGD':
      return { ...common, code: optimizerCode.sgd, slots: [], nextStep: () => [rate(), 0, 0, 0, 1, 1] };
    case 'Momentum':
      return {
        ...common,
        nesterov: fields.useNesterov === true,
        code: optimizerCode.momentum,
        slots: ['momentum'],
        nextStep: () => [rate(), fields.momentum!, 0, 0, 1, 1],
      };
    case 'RMSProp':
      if (fields.centered) return { unsupported: 'centred RMSprop is not in the fused engine' };
      return {
        ...common,
        code: optimizerCode.rmsprop,
        slots: ['rms', 'momentum'],
        nextStep: () => [fields.learningRate, fields.decay!, fields.momentum!, fields.epsilon!, 1, 1],
      };
    case 'Adadelta':
      return {
        ...common,
        code: optimizerCode.adadelta,
        slots: ['accum_grad', 'accum_var'],
        nextStep: () => [fields.learningRate, fields.rho!, 0, fields.epsilon!, 1, 1],
      };
    case 'Adagrad':
      return {
        ...common,
        code: optimizerCode.adagrad,
        slots: ['accumulator'],
        slotStart: fields.initialAccumulatorValue!,
        // tfjs-core adds the backend's epsilon inside the square root; so does the engine.
        nextStep: () => [fields.learningRate, 0, 0, tf.backend().epsilon(), 1, 1],
      };
    case 'Adam':
      return adam(fields, common);
    default:
      return {
        unsupported: `the fused engine has no ${name} optimizer (it has sgd, adam, rmsprop, adadelta and adagrad)`,
      };
  }
}

function adam(
  fields: OptimizerInternals,
  common: Pick<FusedOptimizer, 'stepTaken' | 'writeBack' | 'nesterov' | 'slotStart'>,
): FusedOptimizer {
  // tfjs-core keeps beta1^t and beta2^t as float32 running products; so does the engine, to round alike.
  let power1 = fields.accBeta1!.dataSync()[0]!;
  let power2 = fields.accBeta2!.dataSync()[0]!;
  return {
    nesterov: false,
    slotStart: 0,
    code: optimizerCode.adam,
    slots: ['m', 'v'],
    nextStep: () => [
      fields.learningRate,
      fields.beta1!,
      fields.beta2!,
      fields.epsilon!,
      Math.fround(1 - power1),
      Math.fround(1 - power2),
    ],
    stepTaken: () => {
      common.stepTaken();
      power1 = Math.fround(power1 * Math.fround(fields.beta1!));
      power2 = Math.fround(power2 * Math.fround(fields.beta2!));
    },
    writeBack: () => {
      common.writeBack();
      tf.tidy(() => {
        fields.accBeta1!.assign(tf.scalar(power1));
        fields.accBeta2!.assign(tf.scalar(power2));
      });
    },
  };
}
