import { loadLabData } from '../src/data/load-lab-data';
import { findLab } from '../src/recipes/labs';

/** The best boundary's accuracy on the XOR lab's test points, and its standard error on that many points. */
export interface XorOptimum {
  readonly accuracy: number;
  /** √(accuracy · (1 − accuracy) / test points): how far one draw of the points moves a figure. */
  readonly standardError: number;
}

/**
 * The accuracy of the best possible boundary, the quadrant rule (x > 0.5) ≠ (y > 0.5), on the XOR lab's
 * test points (the lab's 20% of 800): the reference a trained model is held to, since noise 0.3 pushes
 * some points across it (about 9% on average, more or fewer in one draw of 160).
 */
export async function xorOptimum(seed = 42): Promise<XorOptimum> {
  const { test } = await loadLabData('xor', { seed, testSplit: findLab('xor').testSplit });
  let right = 0;
  for (let i = 0; i < test.count; i++) {
    const predicted = test.x[2 * i]! > 0.5 !== test.x[2 * i + 1]! > 0.5 ? 1 : 0;
    if (predicted === test.y[i]) right++;
  }
  const accuracy = right / test.count;
  return { accuracy, standardError: Math.sqrt((accuracy * (1 - accuracy)) / test.count) };
}
