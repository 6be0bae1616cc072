import { describe, expect, it } from 'vitest';
import { defaultRecipe } from './default-recipe';
import { applyOverrides } from './recipe';

describe('applyOverrides', () => {
  it('keeps what is not overridden', () => {
    expect(applyOverrides(defaultRecipe, {})).toEqual(defaultRecipe);
    expect(applyOverrides(defaultRecipe, { epochs: 3, seed: 7 })).toEqual({
      ...defaultRecipe,
      epochs: 3,
      seed: 7,
    });
  });

  it("drops the recipe's learning rate with another optimizer, unless one is given", () => {
    expect(applyOverrides(defaultRecipe, { optimizer: 'sgd' })).toMatchObject({
      optimizer: 'sgd',
      learningRate: undefined,
    });
    expect(applyOverrides(defaultRecipe, { optimizer: 'sgd', learningRate: 0.1 })).toMatchObject({
      learningRate: 0.1,
    });
    expect(applyOverrides(defaultRecipe, { optimizer: 'adam' })).toMatchObject({ learningRate: 0.01 });
  });

  it('moves a recipe to another data set, with a test split where the data set has no test files', () => {
    const mnistLab = { ...defaultRecipe, dataset: 'mnist' as const, testSplit: 0 };
    expect(applyOverrides(mnistLab, { dataset: 'fashion-mnist' })).toMatchObject({
      dataset: 'fashion-mnist',
      testSplit: 0,
    });
    expect(applyOverrides(mnistLab, { dataset: 'digits' })).toMatchObject({
      dataset: 'digits',
      testSplit: 0.25,
    });
  });
});
