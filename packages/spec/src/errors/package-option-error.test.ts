import { describe, expect, it } from 'vitest';
import { DigitlabError } from './digitlab-error';
import { InvalidOptionError, optionDetails } from './invalid-option-error';
import { packageOptionError } from './package-option-error';

describe('packageOptionError', () => {
  it("makes a package's option error from the positional arguments, of the package's kind", () => {
    class PackageError extends DigitlabError {
      static override readonly kind: string = '@digitlab/example';
    }
    const PackageOptionError = packageOptionError(PackageError.kind);
    const error = new PackageOptionError('fit', 'epochs', 'must be positive', 0, 'pass 1 or more');
    expect(error.message).toBe('fit: `epochs` must be positive. Received: epochs=0');
    expect(error).toMatchObject({ functionName: 'fit', option: 'epochs', value: 0, hint: 'pass 1 or more' });
    expect(PackageError.isInstance(error) && InvalidOptionError.isInstance(error)).toBe(true);
    expect(PackageOptionError.isInstance(error)).toBe(true);
    expect(PackageOptionError.isInstance(new InvalidOptionError(optionDetails('f', 'o', 'is bad', 1)))).toBe(
      false,
    );
  });
});
