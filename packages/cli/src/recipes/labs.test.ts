import { describe, expect, it } from 'vitest';
import { checkRecipe } from './check-recipe';
import { findLab, labNames, labs } from './labs';

describe('the labs', () => {
  it('are the eleven seed labs', () => {
    expect(labNames).toEqual([
      'xor',
      'digits-perceptron',
      'digits-cnn',
      'mnist-cnn',
      'mnist-dropout-cnn',
      'mnist-two-conv-cnn',
      'tiny-cnn',
      'lenet5',
      'mlp',
      'scratch-mlp',
      'fashion-lenet',
    ]);
  });

  it("each lab's model takes its data set's samples", () => {
    for (const lab of labs) expect(() => checkRecipe(lab)).not.toThrow();
  });

  it("keep the seed labs' settings", () => {
    expect(findLab('mnist-two-conv-cnn')).toMatchObject({
      model: 'two-conv-cnn',
      optimizer: 'adadelta',
      learningRate: 1,
      epochs: 12,
      batchSize: 128,
    });
    expect(findLab('scratch-mlp')).toMatchObject({
      hiddenSizes: [100],
      optimizer: 'sgd',
      learningRate: 0.1,
      epochs: 20,
      batchSize: 64,
    });
    expect(findLab('mlp')).toMatchObject({
      hiddenSizes: [300],
      compareOptimizers: ['sgd', 'adam'],
      epochs: 20,
      batchSize: 128,
    });
    expect(findLab('digits-perceptron')).toMatchObject({
      model: 'perceptron',
      optimizer: 'sgd',
      testSplit: 0.25,
      epochs: 50,
    });
    expect(findLab('fashion-lenet')).toMatchObject({
      model: 'lenet5',
      dataset: 'fashion-mnist',
      epochs: 10,
      batchSize: 128,
    });
    expect(() => findLab('lenet')).toThrow("Did you mean 'lenet5'?");
  });
});
