import { ModelFormatError } from '../errors/model-format-error';
import { Activation, type ActivationOptions, activationOptionKeys } from './activation-layer';
import { AveragePooling2D } from './average-pooling2d';
import { Conv2D, type Conv2DOptions, conv2DOptionKeys } from './conv2d';
import { Dense, type DenseOptions, denseOptionKeys } from './dense';
import { Dropout, type DropoutOptions, dropoutOptionKeys } from './dropout';
import { Flatten, flattenOptionKeys } from './flatten';
import { InputLayer, type InputOptions, inputLayerOptionKeys } from './input-layer';
import type { Layer, LayerConfig } from './layer';
import { MaxPooling2D } from './max-pooling2d';
import { type Pooling2DOptions, pooling2dOptionKeys } from './pooling2d';

/** A layer as data: its class name and the config that recreates it. */
export interface SerializedLayer {
  className: string;
  config: LayerConfig & Record<string, unknown>;
}

/** Recreates a layer from its config (the constructor validates it). */
export type LayerFromConfig = (config: LayerConfig & Record<string, unknown>) => Layer;

const registry = new Map<string, LayerFromConfig>([
  ['InputLayer', (config) => new InputLayer(config as unknown as InputOptions)],
  ['Dense', (config) => new Dense(config as unknown as DenseOptions)],
  ['Conv2D', (config) => new Conv2D(config as unknown as Conv2DOptions)],
  ['MaxPooling2D', (config) => new MaxPooling2D(config as Pooling2DOptions)],
  ['AveragePooling2D', (config) => new AveragePooling2D(config as Pooling2DOptions)],
  ['Flatten', (config) => new Flatten(config)],
  ['Dropout', (config) => new Dropout(config as unknown as DropoutOptions)],
  ['Activation', (config) => new Activation(config as unknown as ActivationOptions)],
]);

/** The option keys of the built-in layers, by class name. */
const builtInOptionKeys = new Map<string, Readonly<Record<string, true>>>([
  ['InputLayer', inputLayerOptionKeys],
  ['Dense', denseOptionKeys],
  ['Conv2D', conv2DOptionKeys],
  ['MaxPooling2D', pooling2dOptionKeys],
  ['AveragePooling2D', pooling2dOptionKeys],
  ['Flatten', flattenOptionKeys],
  ['Dropout', dropoutOptionKeys],
  ['Activation', activationOptionKeys],
]);

/**
 * The option keys of a built-in layer class, or undefined for a registered custom one. Keras configs
 * carry bookkeeping keys (`dtype`, `batch_input_shape`, null regularizers) that readers leave out.
 */
export function layerOptionKeys(className: string): readonly string[] | undefined {
  const keys = builtInOptionKeys.get(className);
  return keys === undefined ? undefined : Object.keys(keys);
}

/** Registers a custom layer class under its `className`, so that models containing it can be deserialized. */
export function registerLayer(className: string, fromConfig: LayerFromConfig): void {
  registry.set(className, fromConfig);
}

/** The class names that {@link deserializeLayer} understands. */
export function registeredLayerClasses(): string[] {
  return [...registry.keys()];
}

/** A layer's class name and config. */
export function serializeLayer(layer: Layer): SerializedLayer {
  return { className: layer.className, config: { ...layer.getConfig() } };
}

/** Recreates an unbuilt layer from {@link serializeLayer}'s output. */
export function deserializeLayer(serialized: SerializedLayer): Layer {
  const fromConfig = registry.get(serialized.className);
  if (!fromConfig) {
    const known = registeredLayerClasses().join(', ');
    throw new ModelFormatError('className', `unknown layer class; known: ${known}`, serialized.className);
  }
  return fromConfig(serialized.config);
}
