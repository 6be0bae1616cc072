import type { DecisionGrid } from '../analyses/decision-grid.js';
import { LengthMismatchError } from '../errors/length-mismatch-error.js';
import type { LabelArray } from '../input/label-array.js';
import { checkLabels } from '../input/label-array.js';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys.js';
import type { ChartOptions, VegaLiteSpec } from './vega-lite-spec.js';
import { VEGA_LITE_SCHEMA } from './vega-lite-spec.js';

/** Samples drawn over the grid. */
export interface BoundarySamples {
  /** n points as x0, y0, x1, y1, … (the layout `decisionGrid` passes to `predict`). */
  readonly coordinates: ArrayLike<number>;
  /** The true class of each point. */
  readonly labels: LabelArray;
}

/** Options of {@link decisionBoundarySpec}. */
export interface DecisionBoundaryOptions extends ChartOptions {
  /** Labelled points to draw over the regions. @default none */
  samples?: BoundarySamples;
  /** Plot width and height in pixels. @default 360 */
  size?: number;
}

const decisionBoundarySpecOptionKeys: OptionKeys<DecisionBoundaryOptions> = {
  title: true,
  samples: true,
  size: true,
};

/**
 * A 2-D model's decision regions (one rect per grid cell, coloured by predicted class, fainter where
 * the model is less sure) with the labelled samples on top in the same colours.
 */
export function decisionBoundarySpec(
  grid: DecisionGrid,
  options: DecisionBoundaryOptions = {},
): VegaLiteSpec {
  checkOptionKeys('decisionBoundarySpec', options, decisionBoundarySpecOptionKeys);
  const { samples, size = 360, title = 'Decision boundary' } = options;
  const halfWidth = (grid.xRange[1] - grid.xRange[0]) / grid.resolution / 2;
  const halfHeight = (grid.yRange[1] - grid.yRange[0]) / grid.resolution / 2;
  const cells = Array.from(grid.classes, (cls, cell) => {
    const x = grid.x[cell % grid.resolution]!;
    const y = grid.y[Math.floor(cell / grid.resolution)]!;
    return {
      x: x - halfWidth,
      x2: x + halfWidth,
      y: y - halfHeight,
      y2: y + halfHeight,
      class: String(cls),
      confidence: grid.confidence[cell]!,
    };
  });
  const layers: unknown[] = [
    {
      data: { values: cells },
      mark: { type: 'rect', strokeWidth: 0 },
      encoding: {
        x: { field: 'x', type: 'quantitative', scale: { domain: [...grid.xRange], nice: false }, title: 'x' },
        x2: { field: 'x2' },
        y: { field: 'y', type: 'quantitative', scale: { domain: [...grid.yRange], nice: false }, title: 'y' },
        y2: { field: 'y2' },
        color: { field: 'class', type: 'nominal', title: 'class' },
        opacity: {
          field: 'confidence',
          type: 'quantitative',
          scale: { domain: [0, 1], range: [0.1, 0.45] },
          legend: null,
        },
      },
    },
  ];
  if (samples !== undefined) layers.push(sampleLayer(samples));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width: size,
    height: size,
    layer: layers,
    config: { axis: { grid: false } },
  };
}

function sampleLayer({ coordinates, labels }: BoundarySamples): unknown {
  checkLabels(labels, 'samples.labels');
  if (coordinates.length !== labels.length * 2) {
    throw new LengthMismatchError(
      'samples.coordinates',
      'samples.labels × 2',
      labels.length * 2,
      coordinates.length,
    );
  }
  const points = Array.from(labels, (label, i) => ({
    x: coordinates[2 * i]!,
    y: coordinates[2 * i + 1]!,
    class: String(label),
  }));
  return {
    data: { values: points },
    mark: {
      type: 'point',
      filled: true,
      size: 30,
      stroke: 'black',
      strokeWidth: 0.5,
      opacity: 1,
      clip: true,
    },
    encoding: {
      x: { field: 'x', type: 'quantitative' },
      y: { field: 'y', type: 'quantitative' },
      color: { field: 'class', type: 'nominal' },
    },
  };
}
