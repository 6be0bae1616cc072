import * as tf from '@tensorflow/tfjs-core';
import { type OptimizerFields, optimizerInternals } from './optimizer-internals';
import { gradientEntries, slotFor } from './optimizer-slots';

type AdadeltaState = OptimizerFields<
  'accumulatedGrads' | 'accumulatedUpdates' | 'rho' | 'epsilon' | 'learningRate'
>;

/**
 * Adadelta with Keras' (and the paper's) update: the step divides by the root of the NEW squared-gradient
 * average. tfjs-core 4.22 divides by the previous one, so its first step is `lr * g` instead of
 * `lr * g * sqrt(eps / (0.05 g^2 + eps))`. Same slots as tfjs-core's, so its getWeights/setWeights apply.
 */
export class KerasAdadeltaOptimizer extends tf.AdadeltaOptimizer {
  override applyGradients(variableGradients: Parameters<tf.AdadeltaOptimizer['applyGradients']>[0]): void {
    const state = optimizerInternals(this) as AdadeltaState;
    gradientEntries(variableGradients).forEach(([name, gradient], index) => {
      const grads = slotFor(state.accumulatedGrads, index, name, 'accum_grad');
      const updates = slotFor(state.accumulatedUpdates, index, name, 'accum_var');
      if (gradient === undefined) return;
      tf.tidy(() => {
        const value = tf.engine().registeredVariables[name]!;
        const newGrads = tf.add(tf.mul(grads, state.rho), tf.mul(tf.square(gradient), 1 - state.rho));
        const update = tf.mul(
          tf.div(tf.sqrt(tf.add(updates, state.epsilon)), tf.sqrt(tf.add(newGrads, state.epsilon))),
          gradient,
        );
        grads.assign(newGrads);
        updates.assign(tf.add(tf.mul(updates, state.rho), tf.mul(tf.square(update), 1 - state.rho)));
        value.assign(tf.sub(value, tf.mul(update, state.learningRate)));
      });
    });
    this.incrementIterations();
  }
}
