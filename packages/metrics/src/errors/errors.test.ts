import { DigitlabError, InvalidOptionError } from '@digitlab/spec';
import { describe, expect, it } from 'vitest';
import { EmptyInputError } from './empty-input-error.js';
import { InvalidArgumentError } from './invalid-argument-error.js';
import { InvalidLabelError } from './invalid-label-error.js';
import { InvalidProbabilitiesError } from './invalid-probabilities-error.js';
import { LengthMismatchError } from './length-mismatch-error.js';
import { MetricsError } from './metrics-error.js';

describe('error hierarchy', () => {
  const errors = [
    new EmptyInputError('yTrue'),
    new LengthMismatchError('yPred', 'yTrue', 3, 2),
    new InvalidLabelError('yTrue', 4, 0.5),
    new InvalidProbabilitiesError('row-sum', 2, 0.5, 'rows must sum to 1', 'row 2 sums to 0.5'),
    new InvalidArgumentError('k', 0, 'k must be positive'),
  ];

  it.each(errors.map((error) => [error.name, error] as const))(
    '%s is a MetricsError named after its class whose message ends with what was received',
    (name, error) => {
      expect(error).toBeInstanceOf(MetricsError);
      expect(MetricsError.isInstance(error) && DigitlabError.isInstance(error)).toBe(true);
      expect(error).toBeInstanceOf(Error);
      expect(name).toBe(error.constructor.name);
      expect(error.message).toMatch(/\. Received: [^\n]+$|; [^\n]*Received: [^\n]+$/);
    },
  );

  it("makes InvalidArgumentError @digitlab/spec's InvalidOptionError, its option the argument", () => {
    const error = new InvalidArgumentError('k', 0, 'k must be positive');
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ argument: 'k', option: 'k', value: 0, code: 'INVALID_OPTION' });
  });

  it('formats received values readably', () => {
    expect(new InvalidArgumentError('options.labels', [1, 2], 'bad').message).toBe(
      'bad. Received: options.labels=[1,2]',
    );
    expect(new InvalidArgumentError('options.normalize', 'rows', 'bad').message).toBe(
      'bad. Received: options.normalize="rows"',
    );
    expect(new InvalidLabelError('yTrue', 4, 0.5).message).toBe(
      'yTrue[4] is 0.5, but every label must be an integer; pass class labels, not scores or probabilities. Received: yTrue[4]=0.5',
    );
  });
});
