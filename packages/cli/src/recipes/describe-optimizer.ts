import type { Recipe } from './recipe';

// Keras' notation: 1e-6 rather than 0.000001.
const number = (value: number) => (Math.abs(value) < 1e-3 ? value.toExponential() : String(value));

/**
 * The recipe's optimizer as a reader names it: `sgd`, or `sgd (momentum 0.9, decay 1e-6)` when options
 * change it, so that seed 004's study table tells its two SGD runs apart as the seed's own table does.
 */
export function describeOptimizer(recipe: Pick<Recipe, 'optimizer' | 'optimizerOptions'>): string {
  const { momentum, decay } = recipe.optimizerOptions ?? {};
  const settings = [
    ...(momentum ? [`momentum ${number(momentum)}`] : []),
    ...(decay ? [`decay ${number(decay)}`] : []),
  ];
  return settings.length === 0 ? recipe.optimizer : `${recipe.optimizer} (${settings.join(', ')})`;
}
