import { loadLabData } from '../src/data/load-lab-data';

/**
 * The accuracy of the best possible boundary, the quadrant rule (x > 0.5) ≠ (y > 0.5), on the XOR lab's
 * test points: the reference a trained model is held to, since noise 0.3 pushes some points across it
 * (about 9% on average, more or fewer in one draw of 200).
 */
export async function xorOptimum(seed = 42): Promise<number> {
  const { test } = await loadLabData('xor', { seed });
  let right = 0;
  for (let i = 0; i < test.count; i++) {
    const predicted = test.x[2 * i]! > 0.5 !== test.x[2 * i + 1]! > 0.5 ? 1 : 0;
    if (predicted === test.y[i]) right++;
  }
  return right / test.count;
}
