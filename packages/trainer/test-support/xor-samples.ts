import { createRandom } from '@digitlab/datasets';

/** `count` noisy XOR points with labels (flipped when `invert`), as `Samples`. */
export function xorSamples(count: number, seed: number, invert = false): { x: Float32Array; y: Uint8Array } {
  const random = createRandom(seed);
  const x = new Float32Array(count * 2);
  const y = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const a = i % 2;
    const b = (i >> 1) % 2;
    x[2 * i] = a + random.normal() * 0.1;
    x[2 * i + 1] = b + random.normal() * 0.1;
    y[i] = a ^ b ^ (invert ? 1 : 0);
  }
  return { x, y };
}
