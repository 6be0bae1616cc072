import * as tf from '@tensorflow/tfjs-core';
import { optimizerInternals } from './optimizer-internals';

/**
 * tfjs-core's SGD with Keras' legacy `decay`: before each step the learning rate becomes
 * `initialLearningRate / (1 + decay * iterations)` (tfjs-core's SGD has no decay).
 */
export class KerasSgdOptimizer extends tf.SGDOptimizer {
  readonly initialLearningRate: number;
  readonly decay: number;

  constructor(learningRate: number, decay: number) {
    super(learningRate);
    this.initialLearningRate = learningRate;
    this.decay = decay;
  }

  override applyGradients(variableGradients: Parameters<tf.SGDOptimizer['applyGradients']>[0]): void {
    if (this.decay > 0) this.setLearningRate(this.initialLearningRate / (1 + this.decay * this.iterations));
    super.applyGradients(variableGradients);
  }
}

/**
 * tfjs-core's Momentum optimizer with Keras' legacy `decay`, and a `dispose` that also frees the
 * learning-rate scalar (tfjs-core 4.22's leaks it, one tensor per optimizer).
 */
export class KerasMomentumOptimizer extends tf.MomentumOptimizer {
  readonly initialLearningRate: number;
  readonly decay: number;

  constructor(learningRate: number, momentum: number, nesterov: boolean, decay: number) {
    super(learningRate, momentum, nesterov);
    this.initialLearningRate = learningRate;
    this.decay = decay;
  }

  override applyGradients(variableGradients: Parameters<tf.MomentumOptimizer['applyGradients']>[0]): void {
    if (this.decay > 0) this.setLearningRate(this.initialLearningRate / (1 + this.decay * this.iterations));
    super.applyGradients(variableGradients);
  }

  override dispose(): void {
    super.dispose();
    optimizerInternals(this).c?.dispose();
  }
}
