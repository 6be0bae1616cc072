import { type DecisionGrid, decisionGrid } from '@digitlab/metrics';
import { predict, type TrainableModel } from '@digitlab/trainer';
import type { LabData } from '../data/lab-data';

/** The range of one coordinate of two-feature points, widened by `margin` on both sides. */
function range(points: Float32Array, coordinate: 0 | 1, margin: number): [number, number] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = coordinate; i < points.length; i += 2) {
    low = Math.min(low, points[i]!);
    high = Math.max(high, points[i]!);
  }
  return [low - margin, high + margin];
}

/** The model's predicted class over the plane around XOR's training points (100x100 cells). */
export async function xorDecisionGrid(model: TrainableModel, data: LabData): Promise<DecisionGrid> {
  const points = data.train.x as Float32Array;
  return decisionGrid(
    async (grid) => (await predict(model, { x: grid }, { batchSize: 2500 })).probabilities,
    { xRange: range(points, 0, 0.25), yRange: range(points, 1, 0.25), resolution: 100 },
  );
}
