import * as tf from '@tensorflow/tfjs-core';
import { type OptimizerFields, optimizerInternals } from './optimizer-internals';
import { gradientEntries, slotFor } from './optimizer-slots';

type RmspropState = OptimizerFields<
  | 'accumulatedMeanSquares'
  | 'accumulatedMoments'
  | 'accumulatedMeanGrads'
  | 'centered'
  | 'decay'
  | 'momentum'
  | 'epsilon'
  | 'learningRate'
>;

/**
 * Centred RMSprop as TensorFlow computes it, `lr * g / sqrt(ms - mg^2 + eps)`. tfjs-core 4.22 subtracts
 * epsilon instead (`sqrt(ms - mg^2 - eps)`), which is NaN as soon as the gradient variance is below eps.
 * The plain (uncentred) update is tfjs-core's own. Same slots as tfjs-core's.
 */
export class KerasRmspropOptimizer extends tf.RMSPropOptimizer {
  override applyGradients(variableGradients: Parameters<tf.RMSPropOptimizer['applyGradients']>[0]): void {
    const state = optimizerInternals(this) as RmspropState;
    if (!state.centered) {
      super.applyGradients(variableGradients);
      return;
    }
    gradientEntries(variableGradients).forEach(([name, gradient], index) => {
      const meanSquare = slotFor(state.accumulatedMeanSquares, index, name, 'rms');
      const moment = slotFor(state.accumulatedMoments, index, name, 'momentum');
      const meanGrad = slotFor(state.accumulatedMeanGrads, index, name, 'mg');
      if (gradient === undefined) return;
      tf.tidy(() => {
        const value = tf.engine().registeredVariables[name]!;
        const newMeanSquare = tf.add(
          tf.mul(meanSquare, state.decay),
          tf.mul(tf.square(gradient), 1 - state.decay),
        );
        const newMeanGrad = tf.add(tf.mul(meanGrad, state.decay), tf.mul(gradient, 1 - state.decay));
        const denominator = tf.sqrt(tf.add(tf.sub(newMeanSquare, tf.square(newMeanGrad)), state.epsilon));
        const newMoment = tf.add(
          tf.mul(moment, state.momentum),
          tf.div(tf.mul(gradient, state.learningRate), denominator),
        );
        meanSquare.assign(newMeanSquare);
        meanGrad.assign(newMeanGrad);
        moment.assign(newMoment);
        value.assign(tf.sub(value, newMoment));
      });
    });
    this.incrementIterations();
  }
}
