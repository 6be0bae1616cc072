import { childSeed, randomSeed } from '@digitlab/spec';
import * as tf from '@tensorflow/tfjs-core';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ModelStateError } from '../errors/model-state-error';
import { ParamBudgetError } from '../errors/param-budget-error';
import { ShapeError } from '../errors/shape-error';
import { initializers } from '../initializers/initializer';
import { assignWeights, sameShape } from '../layers/assign-weights';
import { Dense } from '../layers/dense';
import { Flatten } from '../layers/flatten';
import { InputLayer } from '../layers/input-layer';
import { positiveInteger } from '../layers/validate-options';
import { formatSummary, type ModelSummary } from '../model/model-summary';
import { type PredictOptions, predictInBatches } from '../model/predict-in-batches';
import { Sequential } from '../model/sequential';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { backpropagate, type DenseParameters, forward, type ScratchActivation } from './backpropagate';
import type { ScratchMlpOptions } from './scratch-mlp-options';

const scratchMlpOptionKeys: OptionKeys<ScratchMlpOptions> = {
  name: true,
  inputShape: true,
  hiddenSizes: true,
  classes: true,
  activation: true,
  seed: true,
  paramBudget: true,
};

/**
 * A multilayer perceptron whose forward and backward passes are written out as matrix products and
 * activation derivatives, trained by mini-batch SGD without autodiff; satisfies `TrainableModel`.
 */
export class ScratchMlp {
  readonly name: string;
  readonly inputShape: readonly number[];
  readonly hiddenSizes: readonly number[];
  readonly outputUnits: number;
  readonly activation: ScratchActivation;
  /** The output is always a softmax. */
  readonly outputActivation = 'softmax' as const;
  #layers: { kernel: tf.Variable; bias: tf.Variable }[];
  #disposed = false;

  constructor(options: ScratchMlpOptions = {}) {
    checkOptionKeys('scratch-mlp', options, scratchMlpOptionKeys);
    const {
      name = 'scratch-mlp',
      inputShape = [784],
      hiddenSizes = [300],
      classes = 10,
      activation = 'relu',
      seed = randomSeed(),
      paramBudget = Number.POSITIVE_INFINITY,
    } = options;
    if (!['relu', 'sigmoid', 'tanh'].includes(activation)) {
      throw new InvalidOptionError('ScratchMlp', 'activation', 'must be relu, sigmoid or tanh', activation);
    }
    const sizes = [
      inputShape.reduce(
        (total, size, i) => total * positiveInteger('ScratchMlp', `inputShape[${i}]`, size),
        1,
      ),
      ...hiddenSizes.map((size, i) => positiveInteger('ScratchMlp', `hiddenSizes[${i}]`, size)),
      positiveInteger('ScratchMlp', 'classes', classes),
    ];
    const params = sizes.slice(1).reduce((total, units, i) => total + (sizes[i]! + 1) * units, 0);
    if (params > paramBudget) throw new ParamBudgetError(name, params, paramBudget);
    this.name = name;
    this.inputShape = [...inputShape];
    this.hiddenSizes = [...hiddenSizes];
    this.outputUnits = classes;
    this.activation = activation;
    this.#layers = sizes.slice(1).map((units, i) => {
      const layerSeed = childSeed(seed, i);
      const kernel = initializers.glorotUniform([sizes[i]!, units], childSeed(layerSeed, 0));
      const bias = initializers.zeros([units], 0);
      const variables = { kernel: tf.variable(kernel), bias: tf.variable(bias) };
      tf.dispose([kernel, bias]);
      return variables;
    });
  }

  /** The weights with Keras-style names (`dense_1/kernel`, `dense_1/bias`, ...). */
  get weights(): { name: string; variable: tf.Variable }[] {
    return this.#layers.flatMap(({ kernel, bias }, i) => [
      { name: `dense_${i + 1}/kernel`, variable: kernel },
      { name: `dense_${i + 1}/bias`, variable: bias },
    ]);
  }

  /** Kernel and bias of each layer, in order. */
  get trainableWeights(): tf.Variable[] {
    return this.weights.map(({ variable }) => variable);
  }

  /** Softmax probabilities for a batch (the MLP has no dropout, so `training` changes nothing). */
  apply(x: tf.Tensor, _options: { training?: boolean } = {}): tf.Tensor {
    const layers = this.#usableLayers('apply');
    return tf.tidy(() => tf.softmax(forward(this.#flatten(x), layers, this.activation).logits));
  }

  /** Softmax probabilities, computed in batches. */
  predict(x: tf.Tensor, options: PredictOptions = {}): tf.Tensor {
    return predictInBatches((batch) => this.apply(batch), x, options);
  }

  /** Mean cross-entropy and its hand-derived gradient for each of {@link trainableWeights}; caller disposes. */
  computeGradients(x: tf.Tensor, yOneHot: tf.Tensor): { loss: tf.Scalar; gradients: tf.Tensor[] } {
    const layers = this.#usableLayers('computeGradients');
    if (!sameShape(yOneHot.shape, [x.shape[0]!, this.outputUnits])) {
      throw new ShapeError(
        this.name,
        `[${x.shape[0]},${this.outputUnits}] for the targets`,
        'one-hot encode the labels',
        yOneHot.shape,
      );
    }
    return tf.tidy(() => backpropagate(this.#flatten(x), yOneHot as tf.Tensor2D, layers, this.activation));
  }

  /** One mini-batch SGD step, `w -= learningRate * dL/dw`; returns the batch loss before the step. */
  trainStep(x: tf.Tensor, yOneHot: tf.Tensor, learningRate: number): number {
    const { loss, gradients } = this.computeGradients(x, yOneHot);
    tf.tidy(() => {
      this.trainableWeights.forEach((variable, i) => {
        variable.assign(tf.sub(variable, tf.mul(gradients[i]!, learningRate)));
      });
    });
    const value = loss.dataSync()[0]!;
    tf.dispose([loss, ...gradients]);
    return value;
  }

  /** Copies of the weights (the caller disposes them). */
  getWeights(): tf.Tensor[] {
    return this.trainableWeights.map((variable) => variable.clone());
  }

  /** Overwrites the weights with tensors of the same shapes, in the order of {@link getWeights}. */
  setWeights(weights: readonly tf.Tensor[]): void {
    assignWeights(this.name, this.trainableWeights, weights);
  }

  /** Number of weights. */
  countParams(): number {
    return this.trainableWeights.reduce((total, variable) => total + variable.size, 0);
  }

  /** One Dense row per layer; prints a Keras-style table if given `print`. */
  summary(print?: (line: string) => void): ModelSummary {
    const layers = this.#usableLayers('summarize').map(({ kernel, bias }, i) => ({
      name: `dense_${i + 1}`,
      type: 'Dense',
      outputShape: [null, kernel.shape[1]!],
      params: kernel.size + bias.size,
    }));
    const totalParams = this.countParams();
    const summary = { layers, totalParams, trainableParams: totalParams };
    if (print) for (const line of formatSummary(this.name, summary)) print(line);
    return summary;
  }

  /** A {@link Sequential} of Dense layers with copies of these weights, e.g. to `save` it. */
  toSequential(): Sequential {
    const layers = this.#usableLayers('convert');
    const model = new Sequential({
      name: this.name,
      layers: [
        new InputLayer({ shape: this.inputShape }),
        ...(this.inputShape.length > 1 ? [new Flatten()] : []),
        ...layers.map(({ kernel }, i) => {
          const hidden = i < layers.length - 1;
          return new Dense({ units: kernel.shape[1]!, activation: hidden ? this.activation : 'softmax' });
        }),
      ],
    }).build();
    const weights = this.getWeights();
    model.setWeights(weights);
    tf.dispose(weights);
    return model;
  }

  /** Frees the weights; the model cannot be used afterwards. */
  dispose(): void {
    tf.dispose(this.trainableWeights);
    this.#layers = [];
    this.#disposed = true;
  }

  #usableLayers(operation: string): DenseParameters[] {
    if (this.#disposed) throw new ModelStateError(this.name, operation, 'create a new model', 'disposed');
    return this.#layers;
  }

  #flatten(x: tf.Tensor): tf.Tensor2D {
    const features = this.#layers[0]!.kernel.shape[0]!;
    if (x.size !== x.shape[0]! * features) {
      throw new ShapeError(this.name, `[batch,${this.inputShape}]`, 'reshape the batch', x.shape);
    }
    return tf.reshape(x, [x.shape[0]!, features]);
  }
}
