import { InputLayer } from '../layers/input-layer';
import type { Layer } from '../layers/layer';

/** One row of a model summary. */
export interface LayerSummary {
  /** Layer name, e.g. `'conv2d_1'`. */
  name: string;
  /** Layer class, e.g. `'Conv2D'`. */
  type: string;
  /** Output shape with the batch axis as `null`, e.g. `[null, 26, 26, 32]`. */
  outputShape: (number | null)[];
  /** Number of weights. */
  params: number;
}

/** What `summary()` returns. */
export interface ModelSummary {
  /** The layers in order (the input layer, which has no weights, is left out as Keras does). */
  layers: LayerSummary[];
  /** Number of weights. */
  totalParams: number;
  /** Number of weights the optimizer updates. */
  trainableParams: number;
}

/** Column ends of Keras' Sequential summary table (65 characters, at 45% and 85%). */
const columnEnds = [29, 55, 65] as const;

const row = (cells: readonly string[]): string =>
  cells
    .map((cell, i) => {
      const width = columnEnds[i]! - (columnEnds[i - 1] ?? 0);
      return cell.slice(0, width - 1).padEnd(width);
    })
    .join('')
    .trimEnd();

/** Summarizes built layers. */
export function summarizeLayers(layers: readonly Layer[]): ModelSummary {
  const rows = layers
    .filter((layer) => !(layer instanceof InputLayer))
    .map((layer) => ({
      name: layer.name,
      type: layer.className,
      outputShape: [null, ...layer.outputShape],
      params: layer.countParams(),
    }));
  const trainableParams = layers
    .filter((layer) => layer.trainable)
    .reduce((total, layer) => total + layer.countParams(), 0);
  return { layers: rows, totalParams: rows.reduce((total, r) => total + r.params, 0), trainableParams };
}

/** The summary as the lines of a Keras-style table. */
export function formatSummary(modelName: string, summary: ModelSummary): string[] {
  const thin = '_'.repeat(columnEnds[2]);
  const thick = '='.repeat(columnEnds[2]);
  const shape = (dims: readonly (number | null)[]) => `(${dims.map((d) => d ?? 'None').join(', ')})`;
  const body = summary.layers.flatMap((layer, i) => [
    ...(i > 0 ? [thin] : []),
    row([`${layer.name} (${layer.type})`, shape(layer.outputShape), String(layer.params)]),
  ]);
  const count = (n: number) => n.toLocaleString('en-US');
  return [
    `Model: "${modelName}"`,
    thin,
    row(['Layer (type)', 'Output Shape', 'Param #']),
    thick,
    ...body,
    thick,
    `Total params: ${count(summary.totalParams)}`,
    `Trainable params: ${count(summary.trainableParams)}`,
    `Non-trainable params: ${count(summary.totalParams - summary.trainableParams)}`,
    thin,
  ];
}
