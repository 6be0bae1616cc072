import { describe, expect, it } from 'vitest';
import { describeOptimizer } from './describe-optimizer';
import { findLab } from './labs';

describe('describeOptimizer', () => {
  it('names the optimizer alone when nothing changes it', () => {
    expect(describeOptimizer({ optimizer: 'adam', optimizerOptions: undefined })).toBe('adam');
    expect(describeOptimizer({ optimizer: 'sgd', optimizerOptions: { momentum: 0 } })).toBe('sgd');
  });

  it("tells seed 004's two SGD runs apart", () => {
    const study = findLab('optimizer-study');
    const names = (study.compareOptimizers ?? []).map((run) =>
      describeOptimizer({ optimizer: run.optimizer, optimizerOptions: run.options ?? undefined }),
    );
    expect(names).toEqual([
      'sgd',
      'sgd (momentum 0.9, decay 1e-6)',
      'adadelta',
      'adam',
      'adagrad',
      'rmsprop',
    ]);
  });
});
