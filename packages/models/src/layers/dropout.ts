import { childSeed, randomSeed } from '@digitlab/spec';
import * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { Layer, type LayerConfig, type LayerOptions, type Shape } from './layer';

/** Options of {@link Dropout}. */
export interface DropoutOptions extends LayerOptions {
  /** Fraction of the inputs to drop in training, in [0, 1). */
  rate: number;
  /**
   * Seed of the masks; call `n` after a (re)seed uses a mask derived from the seed and `n`.
   * @default a random seed
   */
  seed?: number;
}

/** The config of a {@link Dropout} layer. */
export interface DropoutConfig extends LayerConfig {
  rate: number;
  seed: number;
}

/** The keys of the layer's options: any other key is an error. */
export const dropoutOptionKeys: OptionKeys<DropoutOptions> = {
  name: true,
  trainable: true,
  rate: true,
  seed: true,
};

/**
 * Inverted dropout, as Keras does it: in training each input is zeroed with probability `rate` and the
 * survivors are scaled by 1 / (1 - rate), so nothing changes at inference. Masks are seeded, and each call
 * draws a new one, so a run replays exactly after {@link Dropout.setSeed}.
 */
export class Dropout extends Layer {
  readonly className = 'Dropout';
  protected readonly namePrefix = 'dropout';
  /** Fraction of the inputs dropped in training. */
  readonly rate: number;
  #seed: number;
  #calls = 0;

  constructor(options: DropoutOptions) {
    super(options);
    checkOptionKeys('Dropout', options, dropoutOptionKeys);
    const { rate, seed = randomSeed() } = options;
    if (typeof rate !== 'number' || !(rate >= 0 && rate < 1)) {
      throw new InvalidOptionError('Dropout', 'rate', 'must be a number in [0, 1)', rate);
    }
    if (!Number.isFinite(seed))
      throw new InvalidOptionError('Dropout', 'seed', 'must be a finite number', seed);
    this.rate = rate;
    this.#seed = seed;
  }

  /** The seed the masks are currently derived from. */
  get seed(): number {
    return this.#seed;
  }

  /** Re-seeds the masks and restarts their sequence. */
  setSeed(seed: number): void {
    this.#seed = seed;
    this.#calls = 0;
  }

  computeOutputShape(inputShape: Shape): Shape {
    return [...inputShape];
  }

  getConfig(): DropoutConfig {
    return { ...this.baseConfig(), rate: this.rate, seed: this.#seed };
  }

  protected call(x: tf.Tensor, training: boolean): tf.Tensor {
    if (!training || this.rate === 0) return x.clone();
    const uniform = tf.randomUniform(x.shape, 0, 1, 'float32', childSeed(this.#seed, this.#calls));
    this.#calls += 1;
    const keep = tf.cast(tf.greaterEqual(uniform, this.rate), 'float32');
    return tf.mul(x, tf.mul(keep, 1 / (1 - this.rate)));
  }
}

/** Creates a {@link Dropout} layer. */
export function dropout(options: DropoutOptions): Dropout {
  return new Dropout(options);
}
