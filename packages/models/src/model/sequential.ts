import { childSeed, randomSeed } from '@digitlab/spec';
import * as tf from '@tensorflow/tfjs-core';
import type { ActivationName } from '../activations/activation';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { ModelStateError } from '../errors/model-state-error';
import { ShapeError } from '../errors/shape-error';
import { Activation } from '../layers/activation-layer';
import { assignWeights, sameShape } from '../layers/assign-weights';
import { Conv2D } from '../layers/conv2d';
import { Dense } from '../layers/dense';
import { Dropout } from '../layers/dropout';
import { InputLayer } from '../layers/input-layer';
import type { ApplyOptions, Layer, LayerWeight, Shape } from '../layers/layer';
import { deserializeLayer, serializeLayer } from '../layers/layer-registry';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { formatSummary, type ModelSummary, summarizeLayers } from './model-summary';
import { type PredictOptions, predictInBatches } from './predict-in-batches';
import type { FromConfigOptions, SequentialConfig, SequentialOptions } from './sequential-options';

const sequentialOptionKeys: OptionKeys<SequentialOptions> = { name: true, layers: true, seed: true };

/** A linear stack of layers, Keras-style; satisfies `TrainableModel`. */
export class Sequential {
  /** The model's name. */
  readonly name: string;
  /** Seed the weights are drawn from. */
  readonly seed: number;
  /** Training mode used by {@link apply} when its options do not say (dropout is active when true). */
  training = false;
  #layers: Layer[] = [];
  #built = false;
  #disposed = false;

  constructor(options: SequentialOptions = {}) {
    checkOptionKeys('Sequential', options, sequentialOptionKeys);
    const { name = 'sequential', layers = [], seed = randomSeed() } = options;
    this.name = name;
    this.seed = seed;
    for (const layer of layers) this.add(layer);
  }

  /** The layers, in order. */
  get layers(): readonly Layer[] {
    return this.#layers;
  }

  /** Whether the weights exist. */
  get built(): boolean {
    return this.#built;
  }

  /** Appends a layer, numbering its name (`dense_1`, `dense_2`, ...) unless it was given one. */
  add(layer: Layer): this {
    this.#requireUsable('add');
    if (this.#built) throw new ModelStateError(this.name, 'add', 'add every layer before building', 'built');
    if (layer instanceof InputLayer && this.#layers.length > 0) {
      throw new InvalidOptionError('Sequential', 'layers', 'may hold an input layer only first', layer.name);
    }
    const taken = new Set(this.#layers.map((existing) => existing.name));
    if (!layer.hasExplicitName) {
      let index = 1;
      while (taken.has(`${layer.name}_${index}`)) index += 1;
      layer.assignName(`${layer.name}_${index}`);
    } else if (taken.has(layer.name)) {
      throw new InvalidOptionError('Sequential', 'name', 'must be unique within the model', layer.name);
    }
    this.#layers.push(layer);
    return this;
  }

  /**
   * Creates the weights for a per-sample input shape (default: the input layer's shape). Every layer's
   * shape is checked before any weight is created, so a failed build leaves nothing allocated.
   */
  build(inputShape?: Shape): this {
    this.#requireUsable('build');
    if (this.#built) {
      if (inputShape && !sameShape(this.inputShape, inputShape)) {
        throw new ShapeError(
          this.name,
          `[${this.inputShape}]`,
          'it was already built for that shape',
          inputShape,
        );
      }
      return this;
    }
    if (this.#layers.length === 0) throw new ModelStateError(this.name, 'build', 'add layers first', 'empty');
    const shape = this.#resolveInputShape('build', inputShape);
    // Checks every layer's shape before any weight exists.
    this.plannedWeights(shape);
    this.#layers.reduce((current, layer, i) => {
      layer.build(current, childSeed(this.seed, i));
      return layer.outputShape;
    }, shape);
    this.#built = true;
    return this;
  }

  /**
   * The weights {@link build} would create (Keras-style name and shape, in order), computed and checked layer by
   * layer without allocating anything; the input layer gives the shape unless `inputShape` does.
   */
  plannedWeights(inputShape?: Shape): { name: string; shape: Shape }[] {
    let shape = this.#resolveInputShape('plannedWeights', inputShape);
    const planned: { name: string; shape: Shape }[] = [];
    for (const layer of this.#layers) {
      const input = shape;
      shape = layer.computeOutputShape(input);
      for (const { param, shape: weightShape } of layer.weightShapes(input)) {
        planned.push({ name: `${layer.name}/${param}`, shape: weightShape });
      }
    }
    return planned;
  }

  /** The given input shape, or the input layer's. */
  #resolveInputShape(operation: string, inputShape: Shape | undefined): Shape {
    const first = this.#layers[0];
    const shape = inputShape ?? (first instanceof InputLayer ? first.shape : undefined);
    if (!shape) {
      throw new ModelStateError(
        this.name,
        operation,
        'pass inputShape or add an input layer first',
        'no input shape',
      );
    }
    return shape;
  }

  /** Per-sample input shape. */
  get inputShape(): Shape {
    return this.#requireBuilt('read inputShape')[0]!.inputShape;
  }

  /** Per-sample output shape. */
  get outputShape(): Shape {
    return this.#requireBuilt('read outputShape').at(-1)!.outputShape;
  }

  /** Size of the last output axis: the number of classes for a classifier. */
  get outputUnits(): number {
    return this.outputShape.at(-1)!;
  }

  /** The activation that produces the output (e.g. `'softmax'`), so a trainer can pick the matching loss. */
  get outputActivation(): ActivationName {
    for (const layer of [...this.#layers].reverse()) {
      if (layer instanceof Dense || layer instanceof Conv2D || layer instanceof Activation)
        return layer.activation;
    }
    return 'linear';
  }

  /** Forward pass on a batch; returns the output activation (e.g. softmax probabilities). */
  apply(x: tf.Tensor, options: ApplyOptions = {}): tf.Tensor {
    const { training = this.training } = options;
    this.#requireUsable('apply');
    if (!this.#built) this.build(x.shape.slice(1));
    return tf.tidy(() => this.#layers.reduce((y, layer) => layer.apply(y, { training }), x));
  }

  /** Inference in batches (dropout off); returns the output activation for every sample. */
  predict(x: tf.Tensor, options: PredictOptions = {}): tf.Tensor {
    return predictInBatches((batch) => this.apply(batch, { training: false }), x, options);
  }

  /** All weights with their Keras-style names, layer by layer (kernel, then bias). */
  get weights(): LayerWeight[] {
    return this.#layers.flatMap((layer) => layer.weights);
  }

  /** The variables the optimizer updates, in the order of {@link weights}. */
  get trainableWeights(): tf.Variable[] {
    return this.weights.map(({ variable }) => variable).filter((variable) => variable.trainable);
  }

  /** Copies of all weights (the caller disposes them); {@link setWeights} takes the same order. */
  getWeights(): tf.Tensor[] {
    return this.#layers.flatMap((layer) => layer.getWeights());
  }

  /** Overwrites all weights; throws a WeightsMismatchError (changing nothing) on a count or shape mismatch. */
  setWeights(weights: readonly tf.Tensor[]): void {
    assignWeights(
      this.name,
      this.weights.map(({ variable }) => variable),
      weights,
    );
  }

  /** Number of weights. */
  countParams(): number {
    return this.#layers.reduce((total, layer) => total + layer.countParams(), 0);
  }

  /** Re-seeds every dropout layer (each from the seed and its position) and restarts its mask sequence. */
  setTrainingSeed(seed: number): void {
    this.#layers.forEach((layer, i) => {
      if (layer instanceof Dropout) layer.setSeed(childSeed(seed, i));
    });
  }

  /** Layer names, types, output shapes and parameter counts; prints a Keras-style table if given `print`. */
  summary(print?: (line: string) => void): ModelSummary {
    const summary = summarizeLayers(this.#requireBuilt('summarize'));
    if (print) for (const line of formatSummary(this.name, summary)) print(line);
    return summary;
  }

  /** The model as data; {@link Sequential.fromConfig} recreates it (with new weights). */
  getConfig(): SequentialConfig {
    return { name: this.name, layers: this.#layers.map(serializeLayer) };
  }

  /** Recreates a model from {@link getConfig}'s output; it is built when it starts with an input layer. */
  static fromConfig(config: SequentialConfig, options: FromConfigOptions = {}): Sequential {
    const model = new Sequential({ name: config.name, seed: options.seed });
    for (const layer of config.layers) model.add(deserializeLayer(layer));
    if (model.layers[0] instanceof InputLayer) model.build();
    return model;
  }

  /** Frees every weight; the model cannot be used afterwards. */
  dispose(): void {
    for (const layer of this.#layers) layer.dispose();
    this.#disposed = true;
  }

  #requireUsable(operation: string): void {
    if (this.#disposed) throw new ModelStateError(this.name, operation, 'create a new model', 'disposed');
  }

  #requireBuilt(operation: string): readonly Layer[] {
    this.#requireUsable(operation);
    if (!this.#built) throw new ModelStateError(this.name, operation, 'build the model first', 'not built');
    return this.#layers;
  }
}
