import { eluAlpha, leakyReluAlpha } from '../activations/activation';
import { ModelFormatError } from '../errors/model-format-error';
import { ModelsError } from '../errors/models-error';
import { Activation } from '../layers/activation-layer';
import { InputLayer } from '../layers/input-layer';
import type { Layer, LayerConfig } from '../layers/layer';
import { deserializeLayer, layerOptionKeys, registeredLayerClasses } from '../layers/layer-registry';
import { fromKerasActivation, fromKerasInitializer, toCamelCase } from './keras-names';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** The per-sample input shape a Keras layer config declares, if any. */
function declaredInputShape(config: Json): unknown[] | undefined {
  const batchShape = config.batch_input_shape ?? config.batch_shape;
  if (Array.isArray(batchShape)) return batchShape.slice(1);
  return Array.isArray(config.input_shape) ? config.input_shape : undefined;
}

const slope = (config: Json) => config.alpha ?? config.negative_slope;
const near = (value: unknown, target: number) => typeof value === 'number' && Math.abs(value - target) < 1e-6;

/** Rejects Keras options our layers do not implement (rather than computing something else). */
function checkSupported(config: Json, location: string): void {
  if (config.data_format !== undefined && config.data_format !== 'channels_last') {
    throw new ModelFormatError(
      location,
      "only data_format 'channels_last' is supported",
      show(config.data_format),
    );
  }
  const dilation = config.dilation_rate;
  if (dilation !== undefined && ![dilation].flat().every((rate) => rate === 1)) {
    throw new ModelFormatError(location, 'dilated convolutions are not supported', show(dilation));
  }
}

/**
 * Converts a Keras layer config (snake_case, Keras objects) to one of ours, leaving out the keys our
 * layer has no option for (Keras' `dtype`, `batch_input_shape`, ...).
 */
function toOurConfig(
  config: Json,
  location: string,
  optionKeys: readonly string[] | undefined,
): LayerConfig & Json {
  const ours: Json = {};
  for (const [key, value] of Object.entries(config)) {
    if (value === null) continue;
    const name = toCamelCase(key);
    if (optionKeys !== undefined && !optionKeys.includes(name)) continue;
    if (name.endsWith('Initializer')) {
      ours[name] = fromKerasInitializer(value, name === 'biasInitializer' ? 'zeros' : 'glorotUniform');
    } else if (name === 'activation') {
      ours[name] = fromKerasActivation(value);
      if (ours[name] === undefined)
        throw new ModelFormatError(location, 'unsupported activation', show(value));
    } else {
      ours[name] = value;
    }
  }
  return ours as LayerConfig & Json;
}

function fromKerasLayer(entry: unknown, location: string): Layer {
  if (!isObject(entry) || typeof entry.class_name !== 'string' || !isObject(entry.config)) {
    throw new ModelFormatError(location, 'a layer must be an object with class_name and config', show(entry));
  }
  const { class_name: className, config } = entry;
  const name = typeof config.name === 'string' ? config.name : undefined;
  switch (className) {
    case 'InputLayer':
      return new InputLayer({ name, shape: declaredInputShape(config) as number[] });
    case 'LeakyReLU':
      if (!near(slope(config), leakyReluAlpha)) {
        throw new ModelFormatError(
          location,
          `LeakyReLU is supported with alpha ${leakyReluAlpha}`,
          show(config),
        );
      }
      return new Activation({ name, activation: 'leakyRelu' });
    case 'ELU':
      if (!near(slope(config), eluAlpha)) {
        throw new ModelFormatError(location, `ELU is supported with alpha ${eluAlpha}`, show(config));
      }
      return new Activation({ name, activation: 'elu' });
    default:
      if (!registeredLayerClasses().includes(className)) {
        const known = [...registeredLayerClasses(), 'LeakyReLU', 'ELU'].join(', ');
        throw new ModelFormatError(location, `unknown layer class; known: ${known}`, className);
      }
      checkSupported(config, location);
      return deserializeLayer({
        className,
        config: toOurConfig(config, location, layerOptionKeys(className)),
      });
  }
}

/** Runs `read`, reporting our validation errors as format errors at `location`. */
function withLocation<T>(location: string, read: (location: string) => T): T {
  try {
    return read(location);
  } catch (error) {
    if (error instanceof ModelsError && !(error instanceof ModelFormatError)) {
      const [problem = error.message, received = ''] = error.message.split('. Received: ');
      throw new ModelFormatError(location, problem, received);
    }
    throw error;
  }
}

/**
 * Reads a Keras-style `Sequential` topology (as tfjs-layers or Keras write it: the config a list or
 * `{ name, layers }`, possibly under `model_config`) into our unbuilt layers, starting with an input layer.
 */
export function fromKerasTopology(topology: unknown): { name: string; layers: Layer[] } {
  const root = isObject(topology) && isObject(topology.model_config) ? topology.model_config : topology;
  if (!isObject(root) || root.class_name !== 'Sequential') {
    const received = isObject(root) ? show(root.class_name) : show(root);
    throw new ModelFormatError('modelTopology', "only Keras 'Sequential' models are supported", received);
  }
  const config = isObject(root.config) ? root.config : { layers: root.config };
  const entries = config.layers;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new ModelFormatError(
      'modelTopology.config.layers',
      'must be a non-empty list of layers',
      show(entries),
    );
  }
  const layers = entries.map((entry, i) =>
    withLocation(`modelTopology.config.layers[${i}]`, (location) => fromKerasLayer(entry, location)),
  );
  if (!(layers[0] instanceof InputLayer)) {
    const shape = declaredInputShape((entries[0] as { config: Json }).config);
    const input = withLocation('modelTopology.config.layers[0]', (location) => {
      if (!shape) throw new ModelFormatError(location, 'must declare batch_input_shape', show(entries[0]));
      return new InputLayer({ shape: shape as number[] });
    });
    layers.unshift(input);
  }
  return { name: typeof config.name === 'string' ? config.name : 'sequential', layers };
}
