import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { checkOptionKeys, type OptionKeys } from './check-option-keys';

interface FitLike {
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
}
const known: OptionKeys<FitLike> = { epochs: true, batchSize: true, learningRate: true };

describe('checkOptionKeys', () => {
  it('accepts known keys, an empty object and no options', () => {
    expect(() => checkOptionKeys('fit', { epochs: 2, batchSize: 8 }, known)).not.toThrow();
    expect(() => checkOptionKeys('fit', {}, known)).not.toThrow();
    expect(() => checkOptionKeys('fit', undefined, known)).not.toThrow();
  });

  it('refuses an unknown key naming the closest option, the options and the value', () => {
    const error = (() => {
      try {
        checkOptionKeys('fit', { epoch: 3 } as FitLike, known);
      } catch (caught) {
        return caught;
      }
    })() as InvalidOptionError;
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error.message).toBe(
      'fit: `epoch` is not an option (did you mean `epochs`?); the options are epochs, batchSize, learningRate. Received: epoch=3',
    );
    expect([error.functionName, error.option, error.value, error.hint, error.code]).toEqual([
      'fit',
      'epoch',
      3,
      'did you mean `epochs`?',
      'INVALID_OPTION',
    ]);
  });

  it('suggests nothing for a key far from every option, and matches case-insensitively', () => {
    expect(() => checkOptionKeys('fit', { verbose: true } as FitLike, known)).toThrow(
      'fit: `verbose` is not an option; the options are epochs, batchSize, learningRate. Received: verbose=true',
    );
    expect(() => checkOptionKeys('fit', { batchsize: 4 } as FitLike, known)).toThrow(
      'did you mean `batchSize`?',
    );
  });

  it("throws what the package's refuse makes of the details", () => {
    class PackageError extends Error {}
    expect(() =>
      checkOptionKeys(
        'fit',
        { epoch: 1 } as FitLike,
        known,
        (_functionName, option) => new PackageError(option),
      ),
    ).toThrow(PackageError);
  });
});
