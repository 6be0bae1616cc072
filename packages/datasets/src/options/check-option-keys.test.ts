import { DigitlabError, InvalidOptionError as SpecInvalidOptionError } from '@digitlab/spec';
import { describe, expect, it } from 'vitest';
import { loadDigits } from '../digits/load-digits';
import { DatasetsError } from '../errors/datasets-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { loadMnist } from '../loaders/mnist';
import { trainTestSplit } from '../prepare/train-test-split';
import { makeXor } from '../xor/make-xor';

const loose = (options: object) => options as never;

describe('unknown option keys', () => {
  it('are errors naming the key and the closest option, in the splits, generators and loaders', async () => {
    const digits = loadDigits();
    expect(() => trainTestSplit(digits, loose({ test_size: 0.2 }))).toThrow(InvalidOptionError);
    expect(() => trainTestSplit(digits, loose({ test_size: 0.2 }))).toThrow(
      'trainTestSplit: `test_size` is not an option (did you mean `testSize`?); the options are testSize, seed, ' +
        'stratify. Received: test_size=0.2',
    );
    expect(() => makeXor(loose({ noize: 0.3 }))).toThrow(
      'makeXor: `noize` is not an option (did you mean `noise`?)',
    );
    // Checked before any file is looked for.
    await expect(loadMnist(loose({ ofline: true }))).rejects.toThrow(
      'load MNIST: `ofline` is not an option (did you mean `offline`?)',
    );
  });

  it("are this package's errors and @digitlab/spec's InvalidOptionError, with the hint as a field", () => {
    let error: unknown;
    try {
      makeXor(loose({ noize: 0.3 }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toBeInstanceOf(DatasetsError);
    expect(DatasetsError.isInstance(error) && SpecInvalidOptionError.isInstance(error)).toBe(true);
    expect(DigitlabError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_OPTION', hint: 'did you mean `noise`?', value: 0.3 });
  });
});
