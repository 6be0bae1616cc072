import { describe, expect, it } from 'vitest';
import { DigitlabError, errorBrand } from './digitlab-error';
import { InvalidOptionError } from './invalid-option-error';

class PackageError extends DigitlabError {
  static override readonly kind: string = '@digitlab/example';
}
class PackageFileError extends PackageError {}
class PackageOptionError extends InvalidOptionError {
  static override readonly alsoKinds = [PackageError.kind];
}

/** A second, separate copy of the module, as a second installed copy of a package would load it. */
async function secondCopy(): Promise<typeof import('./digitlab-error')> {
  // @ts-expect-error -- the query string makes the bundler load the file again as another module.
  return import('./digitlab-error?second-copy');
}

describe('DigitlabError', () => {
  it('carries its name, code, hint, what was received and the cause', () => {
    const cause = new Error('disk');
    const error = new PackageFileError('could not read. Received: path="x"', {
      hint: 'check the path',
      received: 'x',
      cause,
    });
    expect([error.name, error.code, error.hint, error.received, error.cause]).toEqual([
      'PackageFileError',
      'PackageFileError',
      'check the path',
      'x',
      cause,
    ]);
    expect(new DigitlabError('m', { code: 'E_X' }).code).toBe('E_X');
    expect(Object.keys(new DigitlabError('m'))).not.toContain('hint');
  });

  it('brands each error with the kinds of its class chain', () => {
    expect(new PackageFileError('m')[errorBrand]).toEqual(['@digitlab/example', 'digitlab']);
    expect(new PackageOptionError(optionDetails())[errorBrand]).toEqual([
      '@digitlab/example',
      'digitlab.InvalidOptionError',
      'digitlab',
    ]);
  });

  it('answers isInstance and instanceof by kind, or by prototype for classes without one', () => {
    const file = new PackageFileError('m');
    const option = new PackageOptionError(optionDetails());
    expect(PackageError.isInstance(file) && file instanceof PackageError).toBe(true);
    expect(PackageError.isInstance(option) && option instanceof PackageError).toBe(true);
    expect(InvalidOptionError.isInstance(option) && DigitlabError.isInstance(option)).toBe(true);
    expect(PackageFileError.isInstance(file) && file instanceof PackageFileError).toBe(true);
    expect(PackageFileError.isInstance(option)).toBe(false);
    expect(option instanceof PackageFileError).toBe(false);
    expect(InvalidOptionError.isInstance(file)).toBe(false);
    for (const other of [new Error('m'), null, undefined, 'DigitlabError', { [errorBrand]: 'digitlab' }]) {
      expect(DigitlabError.isInstance(other)).toBe(false);
    }
  });

  it('recognises errors of another copy of the package', async () => {
    const copy = await secondCopy();
    expect(copy.DigitlabError).not.toBe(DigitlabError);
    const foreign = new copy.DigitlabError('from the other copy');
    expect(Object.getPrototypeOf(foreign)).not.toBe(DigitlabError.prototype);
    expect(DigitlabError.isInstance(foreign)).toBe(true);
    expect(foreign instanceof DigitlabError).toBe(true);
    expect(copy.DigitlabError.isInstance(new PackageFileError('m'))).toBe(true);
    class ForeignPackageError extends copy.DigitlabError {
      static override readonly kind: string = '@digitlab/example';
    }
    expect(PackageError.isInstance(new ForeignPackageError('m'))).toBe(true);
    expect(InvalidOptionError.isInstance(new ForeignPackageError('m'))).toBe(false);
  });
});

function optionDetails() {
  return { functionName: 'fit', option: 'epochs', value: 0, problem: 'fit: `epochs` must be positive' };
}
