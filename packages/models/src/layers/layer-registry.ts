import { ModelFormatError } from '../errors/model-format-error';
import { Activation, type ActivationOptions } from './activation-layer';
import { AveragePooling2D } from './average-pooling2d';
import { Conv2D, type Conv2DOptions } from './conv2d';
import { Dense, type DenseOptions } from './dense';
import { Dropout, type DropoutOptions } from './dropout';
import { Flatten } from './flatten';
import { InputLayer, type InputOptions } from './input-layer';
import type { Layer, LayerConfig } from './layer';
import { MaxPooling2D } from './max-pooling2d';
import type { Pooling2DOptions } from './pooling2d';

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
