import { EmptyDatasetError } from '../errors/empty-dataset-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { createRandom } from '../random';
import { classCounts } from '../stats/class-counts';
import { permutation, shuffleInPlace } from './permutation';

/** Options of {@link splitIndices}. */
export interface SplitIndicesOptions {
  /** Fraction of the samples that go to the held-out part, strictly between 0 and 1. */
  fraction: number;
  /** Seed of the {@link createRandom} generator. @default a random seed */
  seed?: number;
  /** Keep each class's share the same in both parts (to within one sample). @default false */
  stratify?: boolean;
  /** Caller and option names for error messages. @default ['splitIndices', 'fraction'] */
  names?: readonly [functionName: string, option: string];
}

/** Sample indices of the two parts of a split, each in random order. */
export interface IndexSplit {
  readonly kept: Uint32Array;
  readonly heldOut: Uint32Array;
}

/**
 * Splits sample indices at random, as scikit-learn's `train_test_split` does: the held-out part gets
 * `ceil(fraction * count)` samples. Stratified, each class gives its share (largest remainders settle rounding).
 */
export function splitIndices(
  data: { readonly labels: Uint8Array; readonly numClasses: number },
  options: SplitIndicesOptions,
): IndexSplit {
  const { fraction, seed, stratify = false, names = ['splitIndices', 'fraction'] } = options;
  const [functionName, option] = names;
  if (typeof fraction !== 'number' || !(fraction > 0 && fraction < 1)) {
    throw new InvalidOptionError(
      functionName,
      option,
      'must be a fraction strictly between 0 and 1',
      fraction,
    );
  }
  const count = data.labels.length;
  const heldOutCount = Math.ceil(fraction * count);
  if (count - heldOutCount < 1) {
    throw new EmptyDatasetError(
      functionName,
      `needs enough samples for two non-empty parts at ${option}=${fraction}`,
      count,
    );
  }
  const random = createRandom(seed);
  if (!stratify) {
    const order = permutation(count, random);
    return { kept: order.slice(heldOutCount), heldOut: order.slice(0, heldOutCount) };
  }
  const perClass = heldOutPerClass(classCounts(data), heldOutCount, count);
  const byClass = perClass.map(() => [] as number[]);
  for (const [index, label] of data.labels.entries()) byClass[label]!.push(index);
  const kept = new Uint32Array(count - heldOutCount);
  const heldOut = new Uint32Array(heldOutCount);
  let keptAt = 0;
  let heldOutAt = 0;
  byClass.forEach((indices, label) => {
    const order = Uint32Array.from(indices);
    shuffleInPlace(order, random);
    heldOut.set(order.subarray(0, perClass[label]), heldOutAt);
    kept.set(order.subarray(perClass[label]), keptAt);
    heldOutAt += perClass[label]!;
    keptAt += order.length - perClass[label]!;
  });
  shuffleInPlace(kept, random);
  shuffleInPlace(heldOut, random);
  return { kept, heldOut };
}

function heldOutPerClass(counts: readonly number[], heldOutCount: number, total: number): number[] {
  const exact = counts.map((count) => (count * heldOutCount) / total);
  const shares = exact.map(Math.floor);
  let left = heldOutCount - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = counts
    .map((_, label) => label)
    .sort((a, b) => exact[b]! - shares[b]! - (exact[a]! - shares[a]!));
  for (const label of byRemainder) {
    if (left === 0) break;
    if (shares[label]! < counts[label]!) {
      shares[label]!++;
      left--;
    }
  }
  return shares;
}
