import * as tf from '@tensorflow/tfjs-core';

/** Hidden-layer activations whose derivatives `backpropagate` writes out. */
export type ScratchActivation = 'relu' | 'sigmoid' | 'tanh';

/** One dense layer's parameters. */
export interface DenseParameters {
  kernel: tf.Tensor;
  bias: tf.Tensor;
}

/** Everything the backward pass needs from the forward pass. */
export interface ForwardPass {
  /** Inputs of each layer: the batch, then each hidden layer's activation. */
  inputs: tf.Tensor2D[];
  /** Pre-activations of the hidden layers. */
  hidden: tf.Tensor2D[];
  /** Pre-softmax outputs. */
  logits: tf.Tensor2D;
}

const activate: Record<ScratchActivation, (z: tf.Tensor2D) => tf.Tensor2D> = {
  relu: (z) => tf.relu(z),
  sigmoid: (z) => tf.sigmoid(z),
  tanh: (z) => tf.tanh(z),
};

/** d activation / d z, from the pre-activation z and the activation a = f(z). */
const derivative: Record<ScratchActivation, (z: tf.Tensor2D, a: tf.Tensor2D) => tf.Tensor2D> = {
  relu: (z) => tf.step(z),
  sigmoid: (_z, a) => tf.mul(a, tf.sub(1, a)),
  tanh: (_z, a) => tf.sub(1, tf.square(a)),
};

const affine = (x: tf.Tensor2D, { kernel, bias }: DenseParameters): tf.Tensor2D =>
  tf.add(tf.matMul(x, kernel as tf.Tensor2D), bias);

/** The forward pass: `a_l = f(a_{l-1} W_l + b_l)` through the hidden layers, then the output logits. */
export function forward(
  x: tf.Tensor2D,
  layers: readonly DenseParameters[],
  activation: ScratchActivation,
): ForwardPass {
  const inputs = [x];
  const hidden: tf.Tensor2D[] = [];
  for (const layer of layers.slice(0, -1)) {
    const z = affine(inputs.at(-1)!, layer);
    hidden.push(z);
    inputs.push(activate[activation](z));
  }
  return { inputs, hidden, logits: affine(inputs.at(-1)!, layers.at(-1)!) };
}

/**
 * Mean categorical cross-entropy of softmax outputs and its gradient for each kernel and bias (in the
 * order kernel 1, bias 1, kernel 2, ...), by the chain rule written out: at the output
 * dL/dz = (softmax(z) - y) / n; for each layer dL/dW = a_inᵀ · dL/dz and dL/db = Σ_batch dL/dz; and one
 * layer down dL/dz_below = (dL/dz · Wᵀ) ⊙ f'(z_below).
 */
export function backpropagate(
  x: tf.Tensor2D,
  yOneHot: tf.Tensor2D,
  layers: readonly DenseParameters[],
  activation: ScratchActivation,
): { loss: tf.Scalar; gradients: tf.Tensor[] } {
  const { inputs, hidden, logits } = forward(x, layers, activation);
  const logProbabilities = tf.logSoftmax(logits);
  const loss = tf.neg(tf.mean(tf.sum(tf.mul(yOneHot, logProbabilities), 1))) as tf.Scalar;
  let delta: tf.Tensor2D = tf.div(tf.sub(tf.exp(logProbabilities), yOneHot), x.shape[0]);
  const gradients: tf.Tensor[] = [];
  for (let l = layers.length - 1; l >= 0; l--) {
    gradients.unshift(tf.matMul(inputs[l]!, delta, true, false), tf.sum(delta, 0));
    if (l > 0) {
      const upstream = tf.matMul(delta, layers[l]!.kernel as tf.Tensor2D, false, true);
      delta = tf.mul(upstream, derivative[activation](hidden[l - 1]!, inputs[l]!));
    }
  }
  return { loss, gradients };
}
