import { childSeed, randomSeed } from '@digitlab/spec';
import * as tf from '@tensorflow/tfjs-core';
import { ModelStateError } from '../errors/model-state-error';
import { ShapeError } from '../errors/shape-error';
import { type InitializerName, initializers } from '../initializers/initializer';
import { assignWeights, sameShape } from './assign-weights';

/** A shape without the batch axis, e.g. `[28, 28, 1]`. */
export type Shape = readonly number[];

/** Options every layer takes. */
export interface LayerOptions {
  /**
   * The layer's name, unique within its model; weights are named `<name>/kernel` and `<name>/bias`.
   * @default the type's prefix, numbered by the model that adds it (`dense_1`, `dense_2`, ...)
   */
  name?: string;
  /**
   * Whether the optimizer updates this layer's weights.
   * @default true
   */
  trainable?: boolean;
}

/** The part of every layer's config that {@link LayerOptions} sets. */
export interface LayerConfig {
  name: string;
  trainable: boolean;
}

/** A weight with its Keras-style name, e.g. `conv2d_1/kernel`. */
export interface LayerWeight {
  readonly name: string;
  readonly variable: tf.Variable;
}

/** Options of a forward pass. */
export interface ApplyOptions {
  /**
   * Training mode: dropout drops units only when this is true.
   * @default false
   */
  training?: boolean;
}

// tfjs requires engine-wide unique variable names, while the Keras-style names only need to be unique
// within a model, so each variable gets a counter and LayerWeight carries the Keras-style name. The counter
// follows a `#`, which tfjs-layers never puts in a name (its names match /^[A-Za-z0-9][-A-Za-z0-9._/]*$/):
// its own de-duplication suffixes (`conv2d_1/kernel_1`) can then never meet ours in one process.
let variableCount = 0;

/**
 * Base class of the layers: validates its options in the constructor, creates its weights in `build`
 * from the input shape, and runs `call` inside `tf.tidy` so that only the output survives.
 */
export abstract class Layer {
  /** The Keras class name under which the layer is (de)serialized, e.g. `'Dense'`. */
  abstract readonly className: string;
  /** Prefix of default names, e.g. `'dense'`. */
  protected abstract readonly namePrefix: string;
  #name: string | undefined;
  #trainable: boolean;
  #weights: { param: string; variable: tf.Variable }[] = [];
  #inputShape: Shape | undefined;
  #outputShape: Shape | undefined;
  #disposed = false;

  constructor(options: LayerOptions) {
    const { name, trainable = true } = options;
    this.#name = name;
    this.#trainable = trainable;
  }

  /** The layer's name (its type prefix until a model numbers it). */
  get name(): string {
    return this.#name ?? this.namePrefix;
  }

  /** Whether the name was given explicitly; models number only layers without one. */
  get hasExplicitName(): boolean {
    return this.#name !== undefined;
  }

  /** Names the layer; a model calls this to number layers that were created without a name. */
  assignName(name: string): void {
    this.#name = name;
  }

  /** Whether the optimizer updates this layer's weights. */
  get trainable(): boolean {
    return this.#trainable;
  }

  set trainable(value: boolean) {
    this.#trainable = value;
    for (const { variable } of this.#weights) variable.trainable = value;
  }

  /** Whether `build` has created the weights. */
  get built(): boolean {
    return this.#inputShape !== undefined;
  }

  /** The per-sample input shape the layer was built for. */
  get inputShape(): Shape {
    return this.#requireBuilt('read inputShape').input;
  }

  /** The per-sample output shape. */
  get outputShape(): Shape {
    return this.#requireBuilt('read outputShape').output;
  }

  /** The weights in a stable order (kernel, then bias), with their Keras-style names. */
  get weights(): readonly LayerWeight[] {
    return this.#weights.map(({ param, variable }) => ({ name: `${this.name}/${param}`, variable }));
  }

  /**
   * Creates the weights for a per-sample `inputShape`, drawing each from `seed` (a random seed if
   * omitted). Building again with the same shape does nothing; with another shape it throws.
   */
  build(inputShape: Shape, seed: number = randomSeed()): void {
    if (this.#disposed) throw new ModelStateError(this.name, 'build', 'create a new layer', 'disposed');
    if (this.#inputShape !== undefined) {
      if (sameShape(this.#inputShape, inputShape)) return;
      throw new ShapeError(
        this.name,
        `[${this.#inputShape}]`,
        'it was already built for that shape',
        inputShape,
      );
    }
    if (!inputShape.every((size) => Number.isInteger(size) && size > 0)) {
      throw new ShapeError(this.name, 'of positive integers', 'pass the shape of one sample', inputShape);
    }
    const output = this.computeOutputShape(inputShape);
    this.createWeights(inputShape, seed);
    this.#inputShape = [...inputShape];
    this.#outputShape = output;
  }

  /** Runs the layer on a batch (building it on first use); only the returned tensor survives. */
  apply(x: tf.Tensor, options: ApplyOptions = {}): tf.Tensor {
    const { training = false } = options;
    if (this.#disposed) throw new ModelStateError(this.name, 'apply', 'create a new layer', 'disposed');
    if (!this.built) this.build(x.shape.slice(1));
    if (!sameShape(this.inputShape, x.shape.slice(1))) {
      throw new ShapeError(this.name, `[batch,${this.inputShape}]`, 'reshape the batch', x.shape);
    }
    return tf.tidy(() => this.call(x, training));
  }

  /** The per-sample output shape for a per-sample input shape; throws a ShapeError if the input is unusable. */
  abstract computeOutputShape(inputShape: Shape): Shape;

  /**
   * The weights `build` would create for a per-sample `inputShape` (parameter name and shape, in order), computed
   * without allocating anything, so a saved model's topology can be checked against its weights first.
   */
  weightShapes(_inputShape: Shape): readonly { readonly param: string; readonly shape: Shape }[] {
    return [];
  }

  /** The options that recreate this layer (the registry maps `className` back to the constructor). */
  abstract getConfig(): LayerConfig;

  /** Number of scalar weights. */
  countParams(): number {
    return this.#weights.reduce((total, { variable }) => total + variable.size, 0);
  }

  /** Copies of the weights (the caller disposes them). */
  getWeights(): tf.Tensor[] {
    return this.#weights.map(({ variable }) => variable.clone());
  }

  /** Overwrites the weights with tensors of the same shapes, in the order of {@link weights}. */
  setWeights(tensors: readonly tf.Tensor[]): void {
    assignWeights(
      this.name,
      this.#weights.map(({ variable }) => variable),
      tensors,
    );
  }

  /** Frees the weights; the layer cannot be used afterwards. */
  dispose(): void {
    for (const { variable } of this.#weights) variable.dispose();
    this.#weights = [];
    this.#disposed = true;
  }

  /** The forward pass, run inside `tf.tidy` by {@link apply}. */
  protected abstract call(x: tf.Tensor, training: boolean): tf.Tensor;

  /** Creates the layer's weights with {@link addWeight}; layers without weights keep this default. */
  protected createWeights(_inputShape: Shape, _seed: number): void {}

  /** Creates one weight variable, seeded from the layer's seed and the weight's position. */
  protected addWeight(param: string, shape: Shape, initializer: InitializerName, seed: number): tf.Variable {
    const initial = initializers[initializer](shape, childSeed(seed, this.#weights.length));
    variableCount += 1;
    const variable = tf.variable(initial, this.#trainable, `${this.name}/${param}#${variableCount}`);
    initial.dispose();
    this.#weights.push({ param, variable });
    return variable;
  }

  /** The name and trainable flag, for subclasses' `getConfig`. */
  protected baseConfig(): LayerConfig {
    return { name: this.name, trainable: this.trainable };
  }

  #requireBuilt(operation: string): { input: Shape; output: Shape } {
    if (this.#inputShape === undefined || this.#outputShape === undefined) {
      throw new ModelStateError(this.name, operation, 'build the layer or its model first', 'not built');
    }
    return { input: this.#inputShape, output: this.#outputShape };
  }
}
