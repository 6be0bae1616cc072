import { makeXor, type XorData } from '@digitlab/datasets';
import { type Sequential, xorMlp } from '@digitlab/models';

/** Options of {@link createXorExample}. */
export interface XorExampleOptions {
  /**
   * Standard deviation of the Gaussian noise added to each corner. At 0.2 about 1% of the points cross
   * into a neighbouring quadrant, so a good boundary scores about 0.99; at the lab's 0.3 it is about 0.91.
   * @default 0.2
   */
  noise?: number;
  /**
   * Copies of the four-point truth table.
   * @default 100
   */
  repeats?: number;
  /**
   * Seed of the points and of the initial weights.
   * @default 1
   */
  seed?: number;
}

/** The noisy XOR points and a fresh 2-6-2 MLP to learn them. */
export interface XorExample {
  readonly data: XorData;
  readonly model: Sequential;
}

/** Draws the noisy XOR points and builds the lab's `xor-mlp` (dense 6 relu, dense 2 softmax; 32 weights). */
export function createXorExample(options: XorExampleOptions = {}): XorExample {
  const { noise = 0.2, repeats = 100, seed = 1 } = options;
  return { data: makeXor({ repeats, noise, seed }), model: xorMlp({ seed }) };
}
