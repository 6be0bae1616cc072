import { type DecisionGrid, decisionGrid } from '@digitlab/metrics';
import type { TrainableModel } from '@digitlab/trainer';
import { predict } from '@digitlab/trainer';

/** The square of the plane the XOR plots show: the unit square with room for the noise. */
export const xorPlotRange: readonly [number, number] = [-0.75, 1.75];

/**
 * The model's predicted class over a `resolution`² grid of the plot, computed in one batched forward pass
 * on the active backend.
 */
export function xorBoundary(model: TrainableModel, resolution = 40): Promise<DecisionGrid> {
  return decisionGrid(
    async (points) => (await predict(model, { x: points }, { batchSize: points.length / 2 })).probabilities,
    { xRange: xorPlotRange, yRange: xorPlotRange, resolution },
  );
}
