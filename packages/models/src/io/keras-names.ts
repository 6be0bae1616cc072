import { type ActivationName, isActivationName } from '../activations/activation';
import type { InitializerName } from '../initializers/initializer';

/** `kernelSize` → `kernel_size`. */
export const toSnakeCase = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `kernel_size` → `kernelSize`. */
export const toCamelCase = (key: string): string =>
  key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const initializerClasses: Record<InitializerName, string> = {
  glorotUniform: 'GlorotUniform',
  glorotNormal: 'GlorotNormal',
  heNormal: 'HeNormal',
  heUniform: 'HeUniform',
  zeros: 'Zeros',
  ones: 'Ones',
};

/** A Keras-serialized object, e.g. `{ class_name: 'GlorotUniform', config: { seed: null } }`. */
export interface KerasObject {
  class_name: string;
  config: Record<string, unknown>;
}

/** Our initializer as Keras serializes it. */
export function toKerasInitializer(name: InitializerName): KerasObject {
  const random = name !== 'zeros' && name !== 'ones';
  return { class_name: initializerClasses[name], config: random ? { seed: null } : {} };
}

/**
 * A Keras initializer as ours. Initializers only draw fresh weights, which a loaded model replaces, so
 * one we do not have becomes `fallback` rather than failing the load.
 */
export function fromKerasInitializer(value: unknown, fallback: InitializerName): InitializerName {
  const { class_name: className, config = {} } = (value ?? {}) as Partial<KerasObject>;
  const named = Object.entries(initializerClasses).find(([, kerasName]) => kerasName === className);
  if (named) return named[0] as InitializerName;
  if (className !== 'VarianceScaling') return fallback;
  const uniform = config.distribution === 'uniform';
  if (config.scale === 1 && config.mode === 'fan_avg') return uniform ? 'glorotUniform' : 'glorotNormal';
  if (config.scale === 2 && config.mode === 'fan_in') return uniform ? 'heUniform' : 'heNormal';
  return fallback;
}

/** Our activation for a Keras activation string, or undefined when we have none. */
export function fromKerasActivation(value: unknown): ActivationName | undefined {
  return value !== 'leakyRelu' && isActivationName(value) ? value : undefined;
}
