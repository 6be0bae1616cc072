import { loadDigits, trainTestSplit } from '@digitlab/datasets';
import { describe, expect, it } from 'vitest';
import { xorData } from '../data/xor-data';
import { catalogRecipe } from './catalog-recipe';
import { plannedSamples } from './planned-samples';
import { applyOverrides } from './recipe';

describe('plannedSamples', () => {
  it('counts what the data loaders give fit, before loading them', () => {
    // The digits: scikit-learn's 1,797 samples, 25% held out for testing by the stratified split.
    const digits = catalogRecipe('one-stage-cnn', 'digits');
    const split = trainTestSplit(loadDigits(), { testSize: digits.testSplit, seed: 42, stratify: true });
    expect(plannedSamples(digits)).toEqual({ fit: split.train.count, train: 1212, validation: 135 });
    expect(split.train.count).toBe(1347);
    // XOR: 800 points, a quarter held out as the XOR lab does.
    expect(
      plannedSamples({ ...catalogRecipe('xor-mlp', 'xor'), testSplit: 0.25, validationSplit: 0 }).fit,
    ).toBe(xorData(42, 0.25).train.count);
    // MNIST's official 60,000 training images (seed 002), and seed 004's 70,000 pooled, 20% held out.
    expect(plannedSamples(catalogRecipe('lenet5', 'mnist'))).toEqual({
      fit: 60_000,
      train: 54_000,
      validation: 6000,
    });
    expect(
      plannedSamples({ ...catalogRecipe('mlp', 'fashion-mnist'), pooled: true, testSplit: 0.2 }).fit,
    ).toBe(56_000);
  });

  it('shows a validation split that leaves nothing to train on', () => {
    const recipe = applyOverrides(catalogRecipe('one-stage-cnn', 'digits'), { validationSplit: 0.9999 });
    expect(plannedSamples(recipe)).toEqual({ fit: 1347, train: 0, validation: 1347 });
  });
});
