import type { TrainableModel } from '@digitlab/spec/model';
import type * as tf from '@tensorflow/tfjs-core';
import type { LossName } from '../losses/loss';
import { activationCode, layerKind } from './plan-layout';

/** What the fused engine reads of a layer (the `Layer` contract of `@digitlab/models`, typed structurally). */
export interface DescribedLayer {
  readonly className: string;
  getConfig(): object;
  readonly inputShape: readonly number[];
  readonly outputShape: readonly number[];
  readonly weights: readonly { readonly name: string; readonly variable: tf.Variable }[];
  readonly trainable: boolean;
}

/** One step of the fused engine's forward pass, with the geometry its kernels need. */
export interface LayerSpec {
  kind: number;
  activation: number;
  inSize: number;
  outSize: number;
  /** [h, w, c, oh, ow, oc, kh, kw, sh, sw, pt, pl]; zeros for dense and element-wise layers. */
  geometry: number[];
  /** Kernel then bias (when the layer has them). */
  weights: tf.Variable[];
  trainable: boolean;
  rate: number;
}

/** The layers as fused-engine steps, or why the model cannot run on the engine. */
export type LayerPlan = { specs: LayerSpec[] } | { unsupported: string };

interface ShapeConfig {
  activation?: string;
  kernelSize?: number[];
  poolSize?: number[];
  strides?: number[];
  padding?: string;
  rate?: number;
}

const size = (shape: readonly number[]): number => shape.reduce((product, value) => product * value, 1);

function geometry(layer: DescribedLayer, config: ShapeConfig): number[] | undefined {
  const [h, w, c] = layer.inputShape;
  const [oh, ow, oc] = layer.outputShape;
  const [kh, kw] = config.kernelSize ?? config.poolSize ?? [];
  const [sh, sw] = config.strides ?? [];
  const known = [h, w, c, oh, ow, oc, kh, kw, sh, sw].every((value) => value !== undefined);
  if (layer.inputShape.length !== 3 || !known) return undefined;
  // TensorFlow's 'same' padding puts the odd pixel at the bottom/right; 'valid' works out to zero here.
  const pt = Math.floor(Math.max((oh! - 1) * sh! + kh! - h!, 0) / 2);
  const pl = Math.floor(Math.max((ow! - 1) * sw! + kw! - w!, 0) / 2);
  return [h!, w!, c!, oh!, ow!, oc!, kh!, kw!, sh!, sw!, pt, pl];
}

function activationOf(name: string | undefined, where: string): number | string {
  const code = activationCode[(name ?? 'linear') as keyof typeof activationCode];
  return code ?? `${where} uses the '${name}' activation, which the fused engine lacks`;
}

/** Maps a model's layers to fused-engine steps; a model without `layers` or with other layers is unsupported. */
export function describeLayers(model: TrainableModel, loss: LossName): LayerPlan {
  const layers = (model as { layers?: readonly DescribedLayer[] }).layers;
  if (layers === undefined)
    return { unsupported: `${model.name} has no layer list (not a Sequential model)` };
  if (model.computeGradients !== undefined)
    return { unsupported: `${model.name} computes its own gradients` };
  const specs: LayerSpec[] = [];
  for (const layer of layers) {
    const config = layer.getConfig() as ShapeConfig;
    const where = `${layer.className} layer`;
    const base = {
      inSize: size(layer.inputShape),
      outSize: size(layer.outputShape),
      geometry: new Array<number>(12).fill(0),
      weights: layer.weights.map((weight) => weight.variable),
      trainable: layer.trainable,
      rate: 0,
    };
    switch (layer.className) {
      case 'InputLayer':
      case 'Flatten':
        continue;
      case 'Dropout':
        if ((config.rate ?? 0) > 0) {
          specs.push({ ...base, kind: layerKind.dropout, activation: 0, rate: config.rate! });
        }
        continue;
      case 'Dense':
      case 'Conv2D': {
        const activation = activationOf(config.activation, where);
        if (typeof activation === 'string') return { unsupported: activation };
        if (layer.className === 'Dense') {
          if (layer.inputShape.length !== 1)
            return { unsupported: `${where} on a rank-${layer.inputShape.length} input` };
          specs.push({ ...base, kind: layerKind.dense, activation });
          continue;
        }
        const shape = geometry(layer, config);
        if (shape === undefined) return { unsupported: `${where} with an unexpected shape` };
        specs.push({ ...base, kind: layerKind.conv, activation, geometry: shape });
        continue;
      }
      case 'MaxPooling2D':
      case 'AveragePooling2D': {
        const shape = geometry(layer, config);
        if (shape === undefined) return { unsupported: `${where} with an unexpected shape` };
        const kind = layer.className === 'MaxPooling2D' ? layerKind.maxPool : layerKind.avgPool;
        specs.push({ ...base, kind, activation: 0, geometry: shape });
        continue;
      }
      case 'Activation': {
        const activation = activationOf(config.activation, where);
        if (typeof activation === 'string') return { unsupported: activation };
        const previous = specs.at(-1);
        const fusable = previous !== undefined && previous.activation === activationCode.linear;
        if (fusable && (previous.kind === layerKind.dense || previous.kind === layerKind.conv)) {
          previous.activation = activation;
        } else {
          specs.push({ ...base, kind: layerKind.activation, activation });
        }
        continue;
      }
      default:
        return { unsupported: `the fused engine has no ${layer.className} layer` };
    }
  }
  return checkOutput(specs, loss);
}

function checkOutput(specs: LayerSpec[], loss: LossName): LayerPlan {
  const output = specs.at(-1);
  const wanted = loss === 'binaryCrossentropy' ? activationCode.sigmoid : activationCode.softmax;
  const wantedName = loss === 'binaryCrossentropy' ? 'sigmoid' : 'softmax';
  if (output === undefined || output.kind !== layerKind.dense || output.activation !== wanted) {
    return { unsupported: `${loss} needs a final Dense layer with a ${wantedName} activation` };
  }
  const inner = specs.slice(0, -1).find((spec) => spec.activation === activationCode.softmax);
  if (inner !== undefined) return { unsupported: 'softmax is supported only on the output layer' };
  return { specs };
}
