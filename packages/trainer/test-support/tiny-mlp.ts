import { createRandom } from '@digitlab/datasets';
import type { TrainableModel } from '@digitlab/spec/model';
import * as tf from '@tensorflow/tfjs-core';

/** Options of {@link createTinyMlp}. */
export interface TinyMlpOptions {
  /** Units per layer, input first, e.g. [2, 8, 1]. */
  units: readonly number[];
  /** Output activation. @default 'softmax' when the last layer has 2+ units, else 'sigmoid' */
  output?: 'softmax' | 'sigmoid';
  /** Dropout rate after each hidden layer. @default 0 */
  dropout?: number;
  /** Weight seed. @default 1 */
  seed?: number;
  /** Gradients by hand (no autodiff), as ScratchMlp does. @default false */
  ownGradients?: boolean;
}

let models = 0;

/**
 * A dense tanh network written against the model contract only, so the loop is tested without
 * `@digitlab/models`. Glorot-uniform weights from a seeded generator, zero biases.
 */
export function createTinyMlp(options: TinyMlpOptions): TrainableModel {
  const { units, dropout = 0, seed = 1, ownGradients = false } = options;
  const output = options.output ?? (units.at(-1)! > 1 ? 'softmax' : 'sigmoid');
  const random = createRandom(seed);
  const id = ++models;
  const weights: tf.Variable[] = [];
  for (let layer = 1; layer < units.length; layer++) {
    const fanIn = units[layer - 1]!;
    const fanOut = units[layer]!;
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const kernel = Float32Array.from({ length: fanIn * fanOut }, () => (random.next() * 2 - 1) * limit);
    tf.tidy(() => {
      weights.push(tf.variable(tf.tensor2d(kernel, [fanIn, fanOut]), true, `tiny${id}/dense${layer}/kernel`));
      weights.push(tf.variable(tf.zeros([fanOut]), true, `tiny${id}/dense${layer}/bias`));
    });
  }
  let dropoutSeed = 0;
  let dropoutCalls = 0;
  const apply = (x: tf.Tensor, applyOptions: { training?: boolean } = {}): tf.Tensor =>
    tf.tidy(() => {
      let h = tf.reshape(x, [x.shape[0]!, units[0]!]);
      for (let layer = 0; layer < weights.length / 2; layer++) {
        h = tf.add(tf.matMul(h, weights[2 * layer]!), weights[2 * layer + 1]!);
        if (layer < weights.length / 2 - 1) {
          h = tf.tanh(h);
          if (applyOptions.training && dropout > 0) {
            const mask = tf.randomUniform(h.shape, 0, 1, 'float32', dropoutSeed * 1000 + ++dropoutCalls);
            h = tf.mul(h, tf.div(tf.cast(tf.greaterEqual(mask, dropout), 'float32'), 1 - dropout));
          }
        }
      }
      return output === 'softmax' ? tf.softmax(h) : tf.sigmoid(h);
    });
  const model: TrainableModel = {
    name: `tiny-mlp-${units.join('-')}`,
    inputShape: [units[0]!],
    outputUnits: units.at(-1)!,
    apply,
    trainableWeights: weights,
    getWeights: () => weights.map((weight) => weight.clone()),
    setWeights: (values) => {
      for (const [index, value] of values.entries()) weights[index]!.assign(value);
    },
    countParams: () => weights.reduce((sum, weight) => sum + weight.size, 0),
    setTrainingSeed: (value) => {
      dropoutSeed = value;
      dropoutCalls = 0;
    },
    dispose: () => tf.dispose(weights),
  };
  if (ownGradients) model.computeGradients = (x, targets) => singleLayerGradients(weights, x, targets);
  return model;
}

/** Hand-written softmax-regression gradients (one dense layer), for the `computeGradients` path. */
function singleLayerGradients(weights: tf.Variable[], x: tf.Tensor, targets: tf.Tensor) {
  return tf.tidy(() => {
    const [kernel, bias] = weights as [tf.Variable, tf.Variable];
    const inputs = tf.reshape(x, [x.shape[0]!, kernel.shape[0]!]);
    const probabilities = tf.softmax(tf.add(tf.matMul(inputs, kernel), bias));
    const clipped = tf.clipByValue(probabilities, 1e-7, 1 - 1e-7);
    const loss = tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.log(clipped)), -1))) as tf.Scalar;
    const delta = tf.div(tf.sub(probabilities, targets), x.shape[0]!);
    return { loss, gradients: [tf.matMul(inputs, delta, true, false), tf.sum(delta, 0)] };
  });
}
