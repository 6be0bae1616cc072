import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { checkOptionKeys, type OptionKeys } from './check-option-keys';

interface ExampleOptions {
  epochs?: number;
  batchSize?: number;
  validationSplit?: number;
}
const known: OptionKeys<ExampleOptions> = { epochs: true, batchSize: true, validationSplit: true };

describe('checkOptionKeys', () => {
  it('accepts known keys, an empty object and no object', () => {
    expect(() => checkOptionKeys('fit', { epochs: 2, batchSize: 8 }, known)).not.toThrow();
    expect(() => checkOptionKeys('fit', {}, known)).not.toThrow();
    expect(() => checkOptionKeys<ExampleOptions>('fit', undefined, known)).not.toThrow();
  });

  it('names an unknown key, the closest valid one, every valid one and the value', () => {
    const typo = { epoch: 3 } as ExampleOptions;
    expect(() => checkOptionKeys('fit', typo, known)).toThrow(InvalidOptionError);
    expect(() => checkOptionKeys('fit', typo, known)).toThrow(
      'fit: `epoch` is not an option (did you mean `epochs`?); the options are epochs, batchSize, ' +
        'validationSplit. Received: epoch=3',
    );
    expect(() => checkOptionKeys('fit', { validation_split: 0.1 } as ExampleOptions, known)).toThrow(
      '(did you mean `validationSplit`?)',
    );
  });

  it('suggests nothing when no valid key is close', () => {
    expect(() => checkOptionKeys('fit', { shuffle: true } as ExampleOptions, known)).toThrow(
      'fit: `shuffle` is not an option; the options are',
    );
  });
});
