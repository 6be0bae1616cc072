/** The optimizers `fit` creates by name, with Keras' names. */
export type OptimizerName = 'sgd' | 'adagrad' | 'adadelta' | 'rmsprop' | 'adam' | 'adamax';

/** Every {@link OptimizerName}. */
export const optimizerNames: readonly OptimizerName[] = [
  'sgd',
  'adagrad',
  'adadelta',
  'rmsprop',
  'adam',
  'adamax',
];

/**
 * An optimizer by name with its hyper-parameters. Every default is Keras' (TF 2.x); where tfjs-core's
 * own differs the field says so. `epsilon` defaults to the backend's (1e-7, Keras' value, on every backend
 * with float32; 1e-4 on WebGL devices without float32 textures, where 1e-7 underflows).
 */
export interface OptimizerConfig {
  /** Which optimizer. */
  name: OptimizerName;
  /**
   * Step size.
   * @default 0.01 for sgd, 0.001 for the others (tfjs-core: required for sgd, adagrad and rmsprop; 0.002 for adamax)
   */
  learningRate?: number;
  /**
   * sgd and rmsprop: momentum factor.
   * @default 0
   */
  momentum?: number;
  /**
   * sgd: use Nesterov momentum.
   * @default false
   */
  nesterov?: boolean;
  /**
   * sgd: Keras' legacy time decay, `lr / (1 + decay * iterations)` (tfjs-core's SGD has none).
   * @default 0
   */
  decay?: number;
  /**
   * rmsprop and adadelta: decay rate of the squared-gradient average.
   * @default 0.9 for rmsprop, 0.95 for adadelta
   */
  rho?: number;
  /**
   * rmsprop: normalise by the centred second moment.
   * @default false
   */
  centered?: boolean;
  /**
   * adam and adamax: first-moment decay.
   * @default 0.9
   */
  beta1?: number;
  /**
   * adam and adamax: second-moment decay.
   * @default 0.999
   */
  beta2?: number;
  /**
   * adagrad: starting value of the accumulators.
   * @default 0.1
   */
  initialAccumulatorValue?: number;
  /**
   * Numerical-stability term.
   * @default the backend's epsilon (1e-7)
   */
  epsilon?: number;
}

/** Keras' default learning rates. */
export const defaultLearningRates: Readonly<Record<OptimizerName, number>> = {
  sgd: 0.01,
  adagrad: 0.001,
  adadelta: 0.001,
  rmsprop: 0.001,
  adam: 0.001,
  adamax: 0.001,
};
