import { describe, expect, it } from 'vitest';
import { findLab } from '../recipes/labs';
import { labRecipes, seedFigureOf } from './run-lab';

describe('labRecipes', () => {
  it("makes one recipe per optimizer of the study, each with the seed's settings and figure", () => {
    const study = findLab('optimizer-study');
    const recipes = labRecipes(study, { dataset: 'fashion-mnist' });
    expect(recipes.map((recipe) => [recipe.name, recipe.optimizer, recipe.optimizerOptions])).toEqual([
      ['optimizer-study-sgd', 'sgd', undefined],
      ['optimizer-study-sgd-momentum', 'sgd', { momentum: 0.9, decay: 1e-6 }],
      ['optimizer-study-adadelta', 'adadelta', undefined],
      ['optimizer-study-adam', 'adam', undefined],
      ['optimizer-study-adagrad', 'adagrad', undefined],
      ['optimizer-study-rmsprop', 'rmsprop', undefined],
    ]);
    for (const recipe of recipes) {
      expect(recipe).toMatchObject({ dataset: 'fashion-mnist', pooled: true, testSplit: 0.2, batchSize: 32 });
    }
    expect(recipes.map((recipe) => seedFigureOf(study, recipe)?.value)).toEqual([
      0.0498, 0.0201, 0.0192, 0.0226, 0.0186, 0.0157,
    ]);
  });

  it('makes one recipe when an optimizer is forced, and one for a single lab', () => {
    expect(
      labRecipes(findLab('optimizer-study'), { optimizer: 'adam' }).map((recipe) => recipe.name),
    ).toEqual(['optimizer-study']);
    const [single] = labRecipes(findLab('lenet5'), {});
    expect(seedFigureOf(findLab('lenet5'), single!)?.value).toBe(0.0106);
  });
});
