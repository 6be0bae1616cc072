import type { TrainableModel } from '@digitlab/spec/model';
import { describe, expectTypeOf, it } from 'vitest';
import { ScratchMlp } from '../scratch/scratch-mlp';
import type { Sequential } from './sequential';

// Checked by the compiler (`pnpm typecheck` runs tsc over the tests): the contract is declared once, in
// @digitlab/spec, and both model classes must keep conforming to it structurally.
describe('the TrainableModel contract of @digitlab/spec', () => {
  it('is met by Sequential and ScratchMlp', () => {
    expectTypeOf<Sequential>().toExtend<TrainableModel>();
    expectTypeOf<ScratchMlp>().toExtend<TrainableModel>();
    expectTypeOf<ScratchMlp['computeGradients']>().toExtend<
      NonNullable<TrainableModel['computeGradients']>
    >();
    expectTypeOf<Sequential['setTrainingSeed']>().toExtend<NonNullable<TrainableModel['setTrainingSeed']>>();
  });

  it('is not met by a model without a forward pass', () => {
    expectTypeOf<Omit<Sequential, 'apply'>>().not.toExtend<TrainableModel>();
    expectTypeOf(ScratchMlp).constructorParameters.toBeArray();
  });
});
