import * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { KerasAdadeltaOptimizer } from './keras-adadelta';
import { KerasRmspropOptimizer } from './keras-rmsprop';
import {
  defaultLearningRates,
  type OptimizerConfig,
  type OptimizerName,
  optimizerNames,
} from './optimizer-config';
import { KerasMomentumOptimizer, KerasSgdOptimizer } from './sgd-optimizers';

/**
 * Creates an optimizer from a name or config with Keras' defaults (see {@link OptimizerConfig}). They are
 * tfjs-core optimizers (usable anywhere one is), with Keras' update rules where tfjs-core 4.22 departs from
 * them: Adadelta divides by the new squared-gradient average, centred RMSprop adds epsilon under the root,
 * SGD gains Keras' legacy `decay`. Remaining differences: adagrad and plain rmsprop add epsilon inside the
 * root (`sqrt(v + eps)`, Keras `sqrt(v) + eps`), and SGD momentum accumulates raw gradients (the same as
 * Keras' velocity form unless the rate decays). The caller disposes it.
 */
export function createOptimizer(spec: OptimizerName | OptimizerConfig): tf.Optimizer {
  const config: OptimizerConfig = typeof spec === 'string' ? { name: spec } : spec;
  const { name } = config;
  if (!optimizerNames.includes(name)) {
    throw new InvalidOptionError(
      'createOptimizer',
      'name',
      `must be one of ${optimizerNames.join(', ')}`,
      name,
    );
  }
  const {
    learningRate = defaultLearningRates[name],
    momentum = 0,
    nesterov = false,
    decay = 0,
    rho = name === 'adadelta' ? 0.95 : 0.9,
    centered = false,
    beta1 = 0.9,
    beta2 = 0.999,
    initialAccumulatorValue = 0.1,
    epsilon,
  } = config;
  for (const [option, value] of Object.entries({ learningRate, momentum, decay, rho, beta1, beta2 })) {
    if (!(value >= 0) || !Number.isFinite(value)) {
      throw new InvalidOptionError('createOptimizer', option, 'must be a finite number >= 0', value);
    }
  }
  if (!(learningRate > 0)) {
    throw new InvalidOptionError('createOptimizer', 'learningRate', 'must be greater than 0', learningRate);
  }
  switch (name) {
    case 'sgd':
      if (momentum === 0 && !nesterov) return new KerasSgdOptimizer(learningRate, decay);
      return new KerasMomentumOptimizer(learningRate, momentum, nesterov, decay);
    case 'adagrad':
      return tf.train.adagrad(learningRate, initialAccumulatorValue);
    case 'adadelta':
      return new KerasAdadeltaOptimizer(learningRate, rho, epsilon);
    case 'rmsprop':
      return new KerasRmspropOptimizer(learningRate, rho, momentum, epsilon, centered);
    case 'adam':
      return tf.train.adam(learningRate, beta1, beta2, epsilon);
    case 'adamax':
      return tf.train.adamax(learningRate, beta1, beta2, epsilon);
  }
}
