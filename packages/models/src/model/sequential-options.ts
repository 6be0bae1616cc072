import type { Layer } from '../layers/layer';
import type { SerializedLayer } from '../layers/layer-registry';

/** Options of `Sequential`. */
export interface SequentialOptions {
  /**
   * The model's name.
   * @default 'sequential'
   */
  name?: string;
  /**
   * Layers to add, in order.
   * @default []
   */
  layers?: readonly Layer[];
  /**
   * Seed of the weight initializers: the same seed gives the same weights.
   * @default a random seed
   */
  seed?: number;
}

/** Options of `Sequential.fromConfig`. */
export interface FromConfigOptions {
  /**
   * Seed of the new weights.
   * @default a random seed
   */
  seed?: number;
}

/** A model as data: its name and its layers' configs. */
export interface SequentialConfig {
  name: string;
  layers: SerializedLayer[];
}
