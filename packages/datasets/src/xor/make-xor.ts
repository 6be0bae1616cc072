import { deriveSeed } from '@digitlab/spec';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { checkOptionKeys, type OptionKeys } from '../options/check-option-keys';
import { createRandom } from '../random';

/** Options of {@link makeXor}. */
export interface XorOptions {
  /** How many times the 4-row truth table is repeated. @default 200 */
  repeats?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate (0 for the exact corners). @default 0.3 */
  noise?: number;
  /**
   * Seed of the noise; one seed gives the same points everywhere. The noise draws from the seed's own
   * `noise` stream (`@digitlab/spec`'s `deriveSeed(seed, 'noise')`), so splitting the points with the same
   * seed (`trainTestSplit`) picks samples independently of their noise. @default a random seed
   */
  seed?: number;
}

/** Noisy XOR points. */
export interface XorData {
  /** `count * 2` coordinates, row-major: point `i` is `(points[2i], points[2i + 1])`; shape `[count, 2]`. */
  readonly points: Float32Array;
  /** Label of each point: 1 where exactly one coordinate of its corner is 1, else 0. */
  readonly labels: Uint8Array;
  /** Number of points, `4 * repeats`. */
  readonly count: number;
  /** Always 2. */
  readonly numClasses: 2;
}

const CORNERS = [
  [0, 0, 0],
  [0, 1, 1],
  [1, 0, 1],
  [1, 1, 0],
] as const;

const makeXorOptionKeys: OptionKeys<XorOptions> = { repeats: true, noise: true, seed: true };

/**
 * The XOR truth table `(0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0` tiled `repeats` times (point `i` comes from corner
 * `i % 4`, as NumPy's `tile`), each coordinate plus `noise * N(0, 1)`. The noise is drawn point by point, x then y.
 */
export function makeXor(options: XorOptions = {}): XorData {
  checkOptionKeys('makeXor', options, makeXorOptionKeys);
  const { repeats = 200, noise = 0.3, seed } = options;
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new InvalidOptionError('makeXor', 'repeats', 'must be a positive integer', repeats);
  }
  if (!(noise >= 0 && Number.isFinite(noise))) {
    throw new InvalidOptionError('makeXor', 'noise', 'must be a finite number >= 0', noise);
  }
  const random = createRandom(seed === undefined ? undefined : deriveSeed(seed, 'noise'));
  const count = 4 * repeats;
  const points = new Float32Array(count * 2);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const [x, y, label] = CORNERS[i % 4]!;
    points[2 * i] = x + noise * random.normal();
    points[2 * i + 1] = y + noise * random.normal();
    labels[i] = label;
  }
  return { points, labels, count, numClasses: 2 };
}
