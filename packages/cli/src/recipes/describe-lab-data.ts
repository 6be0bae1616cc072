import type { Recipe } from './recipe';

/** Sample counts of a finished run: train, validation and test. */
export interface SplitCounts {
  readonly train: number;
  readonly validation: number;
  readonly test: number;
}

// Exact, not rounded: XOR's validation is 20 of its 640 training points, 3.125%.
const percent = (fraction: number) => `${Number((fraction * 100).toFixed(3))}%`;
const count = (value: number) => value.toLocaleString('en-US');

/**
 * A recipe's data in words: the data set and how it is split (`mnist, 60k/10k files, 10% val` for the
 * official files, `mnist, 70k pooled, 20% test`), or with a run's counts (`fashion-mnist: 56,000 train,
 * 14,000 test (pooled, random split)`).
 */
export function describeLabData(recipe: Recipe, counts?: SplitCounts): string {
  const images = recipe.dataset === 'mnist' || recipe.dataset === 'fashion-mnist';
  if (counts !== undefined) {
    const validation = counts.validation > 0 ? `, ${count(counts.validation)} validation` : '';
    const how = images
      ? recipe.pooled
        ? ' (pooled, random split)'
        : ' (official files)'
      : ' (random split)';
    return `${recipe.dataset}: ${count(counts.train)} train${validation}, ${count(counts.test)} test${how}`;
  }
  const split =
    images && !recipe.pooled
      ? '60k/10k files'
      : `${images ? '70k pooled, ' : ''}${percent(recipe.testSplit)} test`;
  const validation = recipe.validationSplit > 0 ? `, ${percent(recipe.validationSplit)} val` : '';
  return `${recipe.dataset}, ${split}${validation}`;
}
