import { activationLayer } from './activation-layer';
import { averagePooling2d } from './average-pooling2d';
import { conv2d } from './conv2d';
import { dense } from './dense';
import { dropout } from './dropout';
import { flatten } from './flatten';
import { input } from './input-layer';
import { maxPooling2d } from './max-pooling2d';

/** Factories of every layer, tfjs-style: `layers.dense({ units: 10, activation: 'softmax' })`. */
export const layers = {
  input,
  dense,
  conv2d,
  maxPooling2d,
  averagePooling2d,
  flatten,
  dropout,
  activation: activationLayer,
} as const;
